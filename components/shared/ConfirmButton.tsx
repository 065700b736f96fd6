import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

interface Props {
  label: string;
  /** Question shown in the confirm step ("Delete all 12 articles from X?"). */
  question: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<unknown>;
  disabled?: boolean;
  danger?: boolean;
  /** Accessible name of the first button when `label` alone is ambiguous in a list. */
  ariaLabel?: string;
}

/**
 * Destructive actions take two steps: a first press only asks. Focus moves to the
 * confirm button, and Cancel returns it, so keyboard users never lose their place.
 */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, disabled, danger = true, ariaLabel }: Props) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" ref={openRef} class={`ss-button${danger ? ' ss-danger-quiet' : ''}`} disabled={disabled} aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span class="ss-confirm" role="group" aria-label={question}>
      <span class="ss-confirm-question">{question}</span>
      <button
        type="button"
        ref={confirmRef}
        class={`ss-button${danger ? ' ss-danger' : ' ss-primary'}`}
        onClick={() => {
          setAsking(false);
          void onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" class="ss-button" onClick={() => setAsking(false)}>
        {t('cancel')}
      </button>
    </span>
  );
}
