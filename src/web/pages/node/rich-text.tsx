/**
 * Rich-text descriptions (a safe subset of HTML) rendered as React elements: the HTML is parsed
 * inertly (DOMParser, no scripts run), and only allowed tags are rebuilt, with no attributes except
 * safe link targets. Anything else is dropped or unwrapped to its text; raw HTML never reaches the
 * page (no dangerouslySetInnerHTML).
 */
import { createElement, Fragment, type ReactNode } from 'react';
import { safeHref } from './rich-text-rules.js';

const ALLOWED = new Set(['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'ul', 'ol', 'li', 'blockquote', 'h3', 'h4', 'h5', 'h6', 'a', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code']);
/** Dropped with everything inside them. */
const DROPPED = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math', 'form', 'input', 'button', 'select', 'textarea', 'img', 'video', 'audio', 'link', 'meta', 'title', 'head']);
/** Headings inside a page section start at h3, so h1/h2 in a description become h3. */
const RENAMED: Record<string, string> = { h1: 'h3', h2: 'h3' };

function convert(node: Node, key: string): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = RENAMED[element.tagName.toLowerCase()] ?? element.tagName.toLowerCase();
  if (DROPPED.has(tag)) return null;
  const children = Array.from(element.childNodes, (child, i) => convert(child, `${key}.${i}`));
  if (!ALLOWED.has(tag)) return createElement(Fragment, { key }, ...children);
  if (tag === 'br') return createElement('br', { key });
  if (tag === 'a') {
    const href = safeHref(element.getAttribute('href'));
    if (!href) return createElement(Fragment, { key }, ...children);
    return createElement('a', { key, href, rel: 'noopener noreferrer nofollow', target: '_blank' }, ...children);
  }
  return createElement(tag, { key }, ...children);
}

export function RichText({ html, className }: { html: string; className?: string }) {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return <div className={className} data-testid="rich-text">{Array.from(document.body.childNodes, (node, i) => convert(node, String(i)))}</div>;
}
