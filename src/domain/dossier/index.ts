// The re-integration file: its documents, their completeness, its content and its export.
export * from './document-types';
export * from './records';
export { checkFileCompleteness, completenessOf, VIEW_WAIT_DAYS, type CompletenessItem, type CompletenessCode, type FileCompleteness } from './completeness';
export { completenessText } from './file-blocks';
export { legalEventsOf } from './legal-facts';
export { fileTasks, fileTaskName, fileTaskHint, fileTaskStatusLabel, TASK_STATUSES, type FileTask, type TaskStatus } from './file-tasks';
export { documentRows, documentTitle, fieldLabel, choiceLabel, activityLine, type DocumentRow } from './document-text';
export { buildCaseFile, type CaseFileInput } from './file-content';
export type { CaseFile, FileBlock, FileSection, SectionId, Tone, FileNames, FileMoment } from './file-model';
export { buildCaseExport, EXPORT_SCHEMA, type CaseExport } from './export';
export { fileTexts, type FileTexts } from './texts';
