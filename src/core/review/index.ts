/**
 * The change review (`npm run check -- --diff <rev>`): what a change to the content means
 * for the people it affects. diff.ts compares two checked versions; the formatters turn
 * the ChangeSet into text, Markdown (a pull-request comment) or GitHub annotations;
 * git-snapshot.ts materialises the content at a revision.
 */
export * from './types.ts';
export { diffContent, problemChanges, teamContact, type ReviewSnapshot, type ReviewLabels } from './diff.ts';
export { findRenames, entityFields, similarity, RENAME_SIMILARITY } from './entities.ts';
export { reviewExitCode, breakingCount, unannouncedApis, introducedErrors, reachedTeams, summaryParagraph, isEmpty, type ExitOptions } from './outcome.ts';
export { formatReviewText } from './format-text.ts';
export { diffApis, coveringAnnouncement, majorOf, announcementCommand } from './api-changes.ts';
export { formatReviewMarkdown, REVIEW_MARKER, DEFAULT_MAX_CHARS, escapeMarkdown, type MarkdownOptions } from './format-markdown.ts';
export { formatReviewGithub } from './format-github.ts';
export { contentAtRevision, isSafeRevision, ReviewGitError, type RevisionSnapshot } from './git-snapshot.ts';
