// Where each rule's generated documentation page is published.
export const DOCS_BASE_URL = 'https://github.com/podarmor/podarmor/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
