/** The editor's HTML, cleaned on the server against the allow-list a letter may contain. */
import sanitizeHtml from 'sanitize-html';
import { BODY_TAGS } from './template.js';

export function sanitizeReplyHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...BODY_TAGS, 'b', 'i', 'u', 's'],
    allowedAttributes: { a: ['href'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
  });
}
