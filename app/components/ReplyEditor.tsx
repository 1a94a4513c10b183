/**
 * The reply editor (Tiptap): headings, bold, italic, lists, links and tables — exactly what a
 * letter may contain (the server sanitises against the same allow-list). Rendered in the browser
 * only; the HTML travels in a hidden field and is autosaved.
 */
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { useTranslation } from 'react-i18next';

interface Props {
  initialHtml: string;
  editable: boolean;
  lang: string;
  onChange(html: string): void;
}

export function ReplyEditor({ initialHtml, editable, lang, onChange }: Props) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3] }, code: false, codeBlock: false, blockquote: false, horizontalRule: false, link: { openOnClick: false, protocols: ['http', 'https', 'mailto'] } }),
      TableKit.configure({ table: { resizable: false } }),
    ],
    content: initialHtml,
    editable,
    immediatelyRender: false,
    injectCSS: false,
    editorProps: { attributes: { class: 'letter-body', 'aria-label': t('reply.body'), role: 'textbox', 'aria-multiline': 'true', lang } },
    onUpdate: ({ editor: e }) => onChange(e.getHTML()),
  });
  if (!editor) return <div className="editor-loading">{t('reply.loadingEditor')}</div>;

  const button = (label: string, active: boolean, run: () => void) => (
    <button type="button" className="button small secondary" aria-pressed={active} onClick={run} disabled={!editable}>
      {label}
    </button>
  );
  return (
    <div className="editor">
      <div className="toolbar" role="toolbar" aria-label={t('reply.toolbar')}>
        {button(t('reply.tool.h2'), editor.isActive('heading', { level: 2 }), () => editor.chain().focus().toggleHeading({ level: 2 }).run())}
        {button(t('reply.tool.h3'), editor.isActive('heading', { level: 3 }), () => editor.chain().focus().toggleHeading({ level: 3 }).run())}
        {button(t('reply.tool.bold'), editor.isActive('bold'), () => editor.chain().focus().toggleBold().run())}
        {button(t('reply.tool.italic'), editor.isActive('italic'), () => editor.chain().focus().toggleItalic().run())}
        {button(t('reply.tool.bullets'), editor.isActive('bulletList'), () => editor.chain().focus().toggleBulletList().run())}
        {button(t('reply.tool.numbers'), editor.isActive('orderedList'), () => editor.chain().focus().toggleOrderedList().run())}
        {button(t('reply.tool.link'), editor.isActive('link'), () => {
          const href = window.prompt(t('reply.tool.linkPrompt'), editor.getAttributes('link').href ?? 'https://');
          if (href === null) return;
          if (href === '') editor.chain().focus().unsetLink().run();
          else editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
        })}
        {button(t('reply.tool.table'), false, () => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run())}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
