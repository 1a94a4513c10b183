import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, useRevalidator, useRouteLoaderData } from '@remix-run/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requireUser } from '../.server/auth.server';
import { translator } from '../.server/i18n.server';
import { titleFromLoader } from '../meta';
import type { RootData } from '../root';

export const meta = titleFromLoader;

/** The most files one front-desk batch takes: a morning's post is dropped on the page at once. */
const MAX_FILES = 50;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const t = await translator(user.locale);
  const number = new URL(request.url).searchParams.get('case')?.slice(0, 40) ?? '';
  const [recent, departments] = await Promise.all([context.services.cases.listRecentIntake(user), context.services.departments.listDepartments()]);
  const departmentNames = Object.fromEntries(departments.map((d) => [d.id, d.names[user.locale]]));
  return {
    title: t('intake.title'),
    number,
    maxMb: Math.floor(context.services.config.maxUploadBytes / 1048576),
    recent: recent.map((r) => ({ ...r, department: r.departmentId ? departmentNames[r.departmentId] ?? r.departmentId : null, canOpen: user.role !== 'registry' || r.departmentId === null })),
  };
}

type Row = { name: string; size: number; progress: number; state: 'waiting' | 'uploading' | 'done' | 'problem' | 'error'; message?: string; caseNumber?: string };

function upload(file: File, fields: Record<string, string>, onProgress: (fraction: number) => void): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.append(k, v);
    data.append('file', file, file.name);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        /* not JSON: reported below by status */
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => resolve({ status: 0, body: {} });
    xhr.open('POST', '/staff/intake/upload');
    xhr.send(data);
  });
}

export default function FrontDesk() {
  const { t } = useTranslation();
  const { number, maxMb, recent } = useLoaderData<typeof loader>();
  const root = useRouteLoaderData('root') as RootData | undefined;
  const revalidator = useRevalidator();
  const [mode, setMode] = useState<'each' | 'together' | 'existing'>(number ? 'existing' : 'each');
  const [rows, setRows] = useState<Row[]>([]);
  const [busy, setBusy] = useState(false);
  const [caseNumber, setCaseNumber] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  function setRow(i: number, patch: Partial<Row>) {
    setRows((prev) => prev.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  }

  async function send(files: File[]) {
    if (files.length === 0 || busy) return;
    if (files.length > MAX_FILES) {
      setAnnouncement(t('intake.tooMany', { count: MAX_FILES }));
      return;
    }
    const form = new FormData(formRef.current!);
    let target = mode === 'existing' ? String(form.get('caseNumber') ?? '').trim() : '';
    const oneCase = mode !== 'each';
    const petitionerName = String(form.get('petitionerName') ?? '');
    setBusy(true);
    setCaseNumber(null);
    setRows(files.map((f) => ({ name: f.name, size: f.size, progress: 0, state: 'waiting' })));
    // One request per file: each has its own progress bar. One case per file (a morning's post of
    // different people), or the first file opens the case the rest join (one letter of many pages).
    const opened = new Set<string>();
    for (const [i, file] of files.entries()) {
      setRow(i, { state: 'uploading' });
      const { status, body } = await upload(file, { csrf: root?.csrf ?? '', caseNumber: oneCase ? target : '', petitionerName: oneCase ? petitionerName : '' }, (p) => setRow(i, { progress: p }));
      if (status === 200 && typeof body.caseNumber === 'string') {
        if (oneCase) target = body.caseNumber;
        opened.add(body.caseNumber);
        setCaseNumber(opened.size === 1 ? body.caseNumber : null);
        setRow(i, {
          progress: 1,
          state: body.problem ? 'problem' : 'done',
          caseNumber: body.caseNumber,
          message: body.problem ? t(`problem.${String(body.problem)}`) : t('intake.stored'),
        });
      } else {
        setRow(i, { state: 'error', message: t(typeof body.error === 'string' ? body.error : 'errors.unexpected') });
        if (mode === 'existing') break; // the case number is wrong: nothing to add the rest to
      }
    }
    setBusy(false);
    setAnnouncement(t('intake.finished'));
    revalidator.revalidate();
  }

  // The recent-intake list follows the reading of its files until every one is done.
  const stillReading = recent.some((r) => r.reading);
  useEffect(() => {
    if (!stillReading) return;
    const timer = setInterval(() => {
      if (revalidator.state === 'idle' && document.visibilityState === 'visible') revalidator.revalidate();
    }, 4000);
    return () => clearInterval(timer);
  }, [stillReading, revalidator]);

  return (
    <>
      <h1>{t('intake.title')}</h1>
      <p className="lead">{t('intake.intro')}</p>
      <p>
        <Link to="/staff/intake/walk-in">{t('intake.walkInLink')}</Link>
      </p>
      <form ref={formRef} className="form" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('intake.where')}</legend>
          <div className="radio">
            <input type="radio" id="mode-each" name="mode" value="each" checked={mode === 'each'} onChange={() => setMode('each')} />
            <label htmlFor="mode-each">{t('intake.eachFile')}</label>
          </div>
          <div className="radio">
            <input type="radio" id="mode-together" name="mode" value="together" checked={mode === 'together'} onChange={() => setMode('together')} />
            <label htmlFor="mode-together">{t('intake.together')}</label>
          </div>
          <div className="radio">
            <input type="radio" id="mode-existing" name="mode" value="existing" checked={mode === 'existing'} onChange={() => setMode('existing')} />
            <label htmlFor="mode-existing">{t('intake.existingCase')}</label>
          </div>
          {mode === 'existing' ? (
            <div className="field">
              <label htmlFor="caseNumber">{t('case.number')}</label>
              <input id="caseNumber" name="caseNumber" type="text" defaultValue={number} placeholder="VLN-2026-000123" />
            </div>
          ) : mode === 'each' ? null : (
            <div className="field">
              <label htmlFor="petitionerName">
                {t('intake.petitionerName')} <span className="optional">({t('form.optional')})</span>
              </label>
              <input id="petitionerName" name="petitionerName" type="text" autoComplete="off" />
            </div>
          )}
        </fieldset>
        <label
          htmlFor="scan-files"
          className={`dropzone${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void send([...e.dataTransfer.files]);
          }}
        >
          <strong>{t('intake.drop')}</strong>
          <span className="hint">{t('intake.types', { count: MAX_FILES, mb: maxMb })}</span>
        </label>
        <input
          ref={fileRef}
          id="scan-files"
          className="visually-hidden"
          type="file"
          name="files"
          multiple
          accept="application/pdf,image/jpeg,image/png,image/tiff"
          disabled={busy}
          onChange={(e) => void send([...(e.target.files ?? [])])}
        />
        <button type="button" className="button" disabled={busy} onClick={() => fileRef.current?.click()}>
          {t('intake.choose')}
        </button>
      </form>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {rows.length > 0 ? (
        <ul className="uploads" aria-label={t('intake.files')}>
          {rows.map((r, i) => (
            <li key={`${r.name}-${i}`} className={`upload ${r.state}`} data-testid="upload-row">
              <span className="upload-name">{r.name}</span>
              <progress max={1} value={r.progress} aria-label={t('intake.progressOf', { name: r.name })} />
              <span className="upload-state">{r.message ?? t(`intake.state.${r.state}`)}</span>
              {r.caseNumber ? (
                <Link to={`/staff/cases/${r.caseNumber}`} data-testid="row-case-link">
                  {r.caseNumber}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {caseNumber && !busy ? (
        <p>
          <Link className="button" to={`/staff/cases/${caseNumber}`} data-testid="intake-case-link">
            {t('intake.openCase', { number: caseNumber })}
          </Link>
        </p>
      ) : null}
      <RecentIntake rows={recent} />
    </>
  );
}

type RecentRow = ReturnType<typeof useLoaderData<typeof loader>>['recent'][number];

/** What this person registered lately, with each file's reading, language, department and petitioner as they are worked out. */
function RecentIntake({ rows }: { rows: RecentRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="recent-intake">
      <h2 id="recent-intake">{t('intake.recent.title')}</h2>
      <div className="table-wrap">
        <table className="table" data-testid="recent-intake">
          <thead>
            <tr>
              <th scope="col">{t('case.number')}</th>
              <th scope="col">{t('intake.recent.files')}</th>
              <th scope="col">{t('intake.recent.reading')}</th>
              <th scope="col">{t('intake.recent.language')}</th>
              <th scope="col">{t('intake.recent.department')}</th>
              <th scope="col">{t('intake.recent.petitioner')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.number} data-testid="recent-row" data-reading={r.reading ? 'yes' : 'no'}>
                <td>{r.canOpen ? <Link to={`/staff/cases/${r.number}`}>{r.number}</Link> : r.number}</td>
                <td>{r.files.map((f) => f.filename).join(', ')}</td>
                <td>
                  {r.files.map((f, i) => (
                    <span key={i} className={`doc-status ${f.status}`}>
                      {f.problem ? t(`problem.${f.problem}`) : t(`docStatus.${f.status}`)}
                      {f.status === 'extracting' && f.pageCount ? ` ${f.pagesDone}/${f.pageCount}` : ''}
                      {i < r.files.length - 1 ? '; ' : ''}
                    </span>
                  ))}
                </td>
                <td>{r.language ? t(`language.${r.language}`) : '—'}</td>
                <td>{r.department ?? (r.reading ? '…' : t('intake.recent.triage'))}</td>
                <td>
                  {r.petitionerName || '—'}
                  {r.toConfirm > 0 ? <span className="badge"> {t('intake.recent.toConfirm')}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
