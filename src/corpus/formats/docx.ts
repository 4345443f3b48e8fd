// Word (.docx) → HTML with mammoth, which maps Word's heading styles to <h1>…<h6> and lists to <li>;
// the title and dates come from the package's core properties (docProps/core.xml).
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { type DocumentMetadata, type ReadDocument, UnreadableDocument } from './document.js';

/** Word's Title/Subtitle paragraph styles are headings too (mammoth's default map leaves them as <p>). */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function coreProperty(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
  const value = m ? decodeXml(m[1]).trim() : '';
  return value || undefined;
}

async function coreProperties(bytes: Uint8Array): Promise<DocumentMetadata> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('docProps/core.xml')?.async('string');
    if (!xml) return {};
    const metadata: DocumentMetadata = {};
    const title = coreProperty(xml, 'dc:title');
    const created = coreProperty(xml, 'dcterms:created');
    const modified = coreProperty(xml, 'dcterms:modified');
    const language = coreProperty(xml, 'dc:language');
    if (title) metadata.title = title;
    if (created && !Number.isNaN(Date.parse(created))) metadata.published = created;
    if (modified && !Number.isNaN(Date.parse(modified)) && modified.slice(0, 10) !== created?.slice(0, 10)) metadata.updated = modified;
    if (language && /^[a-z]{2,3}(-|$)/i.test(language)) metadata.language = language.slice(0, 2).toLowerCase();
    return metadata;
  } catch {
    return {}; // metadata is a bonus: mammoth below says whether the document itself is readable
  }
}

export const readDocx: ReadDocument = async (bytes) => {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        // Images carry no text: an empty src keeps base64 data out of the corpus.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw new UnreadableDocument(`the Word document cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const warnings = html.replace(/<[^>]+>/g, '').trim() ? [] : ['the Word document holds no text'];
  return { html, metadata: await coreProperties(bytes), warnings };
};
