/**
 * The non-Markdown files of an entity's TechDocs (images, PDFs), served as they are at
 * /catalog/<kind>/<name>/docs-files/<path>; the pages' links and images point here.
 */
import fs from 'node:fs';
import type { APIRoute } from 'astro';
import { techDocsFilePaths } from '../../../../components/techdocs/routes.ts';

export const getStaticPaths = () => techDocsFilePaths('catalog/');

export const GET: APIRoute = ({ props }) => new Response(fs.readFileSync((props as { abs: string }).abs));
