import { useRef } from 'preact/hooks';

export interface TabDef<K extends string> {
  key: K;
  label: string;
}

interface Props<K extends string> {
  tabs: TabDef<K>[];
  active: K;
  onChange: (key: K) => void;
  label: string;
}

/**
 * ARIA tablist with a roving tabindex: Tab enters the list on the selected tab, arrows move
 * between tabs (wrapping), Home/End jump; a tab is activated as soon as it gets focus
 * (panels are cheap to render, so automatic activation is the friendlier pattern).
 */
export function Tabs<K extends string>({ tabs, active, onChange, label }: Props<K>) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const move = (index: number) => {
    const next = tabs[(index + tabs.length) % tabs.length];
    if (!next) return;
    onChange(next.key);
    refs.current[(index + tabs.length) % tabs.length]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const actions: Record<string, () => void> = {
      ArrowRight: () => move(index + 1),
      ArrowLeft: () => move(index - 1),
      Home: () => move(0),
      End: () => move(tabs.length - 1),
    };
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };
  return (
    <div class="ss-tabs" role="tablist" aria-label={label}>
      {tabs.map((tab, i) => (
        <button
          key={tab.key}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`ss-tab-${tab.key}`}
          aria-selected={tab.key === active}
          aria-controls={`ss-panel-${tab.key}`}
          tabIndex={tab.key === active ? 0 : -1}
          class="ss-tab"
          onClick={() => onChange(tab.key)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
