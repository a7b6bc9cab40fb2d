/**
 * The non-Markdown files of an entity's TechDocs (images, PDFs; SVG sanitised), served at
 * /catalog/<kind>/<name>/docs-files/<path>; the pages' links and images point here.
 */
import fs from 'node:fs';
import type { APIRoute } from 'astro';
import { techDocsFilePaths } from '../../../../components/techdocs/routes.ts';

export const getStaticPaths = () => techDocsFilePaths('catalog/');

export const GET: APIRoute = ({ props }) => {
  // An SVG is served as sanitised when it was loaded (src/core/techdocs/assets.ts), never as written.
  const { abs, body } = props as { abs: string; body?: string };
  return new Response(body ?? fs.readFileSync(abs));
};
