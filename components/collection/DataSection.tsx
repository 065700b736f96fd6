import { useState } from 'preact/hooks';
import { t, tn } from '../i18n';
import { ConfirmButton } from '../shared/ConfirmButton';
import type { OutletCountView } from '../types';

export interface ImportResult {
  imported: number;
  skipped?: number;
}

export interface DataSectionProps {
  outlets: OutletCountView[];
  onExportJson: () => void | Promise<unknown>;
  onExportCsv: () => void | Promise<unknown>;
  /** Rejects (throws) with a reader-facing message when the file is not a valid export. */
  onImportJson: (file: File, onProgress: (fraction: number) => void) => Promise<ImportResult>;
  /** Resolves to the number of deleted articles. */
  onDeleteOutlet: (outlet: string) => Promise<number>;
  onDeleteAll: () => void | Promise<unknown>;
}

type Status = { kind: 'idle' } | { kind: 'busy'; progress: number | null } | { kind: 'ok'; message: string } | { kind: 'error'; message: string };

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Runs one data action with a visible status; one action at a time. */
function useStatus() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = async (action: () => Promise<string>, errorKey: string) => {
    setStatus({ kind: 'busy', progress: null });
    try {
      setStatus({ kind: 'ok', message: await action() });
    } catch (err) {
      setStatus({ kind: 'error', message: t(errorKey, message(err)) });
    }
  };
  return { status, setStatus, run };
}

function StatusLine({ status, label }: { status: Status; label: string }) {
  if (status.kind === 'busy') {
    return (
      <div class="ss-progress" role="status">
        <progress aria-label={label} max={1} value={status.progress ?? undefined} />
        {status.progress !== null && <span class="ss-small">{Math.round(status.progress * 100)}%</span>}
      </div>
    );
  }
  if (status.kind === 'error') {
    return (
      <p class="ss-error" role="alert">
        {status.message}
      </p>
    );
  }
  if (status.kind === 'ok') {
    return (
      <p class="ss-ok" role="status">
        {status.message}
      </p>
    );
  }
  return null;
}

export function DataSection({ outlets, onExportJson, onExportCsv, onImportJson, onDeleteOutlet, onDeleteAll }: DataSectionProps) {
  const exporting = useStatus();
  const importing = useStatus();
  const deleting = useStatus();
  const [outlet, setOutlet] = useState('');
  const busy = (s: Status) => s.kind === 'busy';

  const onFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    void importing.run(async () => {
      const result = await onImportJson(file, (fraction) =>
        importing.setStatus({ kind: 'busy', progress: Math.max(0, Math.min(1, fraction)) }),
      );
      // Allow choosing the same file again after fixing it.
      input.value = '';
      return result.skipped ? t('importDoneSkipped', [String(result.imported), String(result.skipped)]) : tn('importDone', result.imported);
    }, 'importRejected');
  };

  return (
    <div class="ss-data">
      <section aria-labelledby="ss-export-h">
        <h3 id="ss-export-h">{t('exportHeading')}</h3>
        <div class="ss-actions">
          <button type="button" class="ss-button" disabled={busy(exporting.status)} onClick={() => void exporting.run(async () => (await onExportJson(), t('exportDone')), 'exportFailed')}>
            {t('exportJson')}
          </button>
          <button type="button" class="ss-button" disabled={busy(exporting.status)} onClick={() => void exporting.run(async () => (await onExportCsv(), t('exportDone')), 'exportFailed')}>
            {t('exportCsv')}
          </button>
        </div>
        <StatusLine status={exporting.status} label={t('exportHeading')} />
      </section>
      <section aria-labelledby="ss-import-h">
        <h3 id="ss-import-h">{t('importHeading')}</h3>
        <label class="ss-field">
          {t('importLabel')}
          <input type="file" accept="application/json,.json" disabled={busy(importing.status)} onChange={onFile} />
        </label>
        <StatusLine status={importing.status} label={t('importProgress')} />
      </section>
      <section aria-labelledby="ss-delete-h">
        <h3 id="ss-delete-h">{t('deleteHeading')}</h3>
        <div class="ss-actions">
          <label class="ss-field">
            {t('deleteOutletLabel')}
            <select value={outlet} onChange={(e) => setOutlet((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t('deleteOutletChoose')}</option>
              {outlets.map((o) => (
                <option key={o.outlet} value={o.outlet}>
                  {tn('outletOption', o.articles, [o.outlet])}
                </option>
              ))}
            </select>
          </label>
          <ConfirmButton
            label={t('deleteOutlet')}
            disabled={!outlet || busy(deleting.status)}
            question={t('deleteOutletQuestion', outlet)}
            confirmLabel={t('delete')}
            onConfirm={() => deleting.run(async () => tn('deletedOutlet', await onDeleteOutlet(outlet), [outlet]), 'deleteFailed')}
          />
        </div>
        <div class="ss-actions">
          <ConfirmButton
            label={t('deleteAll')}
            disabled={busy(deleting.status)}
            question={t('deleteAllQuestion')}
            confirmLabel={t('deleteAllConfirm')}
            onConfirm={() => deleting.run(async () => (await onDeleteAll(), t('deletedAll')), 'deleteFailed')}
          />
        </div>
        <StatusLine status={deleting.status} label={t('deleteHeading')} />
      </section>
    </div>
  );
}
