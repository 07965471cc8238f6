// Small building blocks shared by every page: buttons, fields, cards, tables, notices, dialogs.
import { useEffect, useId, useRef, type ButtonHTMLAttributes, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

const focus = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';
const variants: Record<Variant, string> = {
  primary: 'bg-blue-700 text-white hover:bg-blue-800 disabled:bg-blue-300 dark:disabled:bg-blue-900 dark:disabled:text-gray-400',
  secondary: 'border border-gray-400 bg-white text-gray-900 hover:bg-gray-100 dark:border-gray-500 dark:bg-gray-800 dark:text-gray-100 dark:hover:bg-gray-700 disabled:opacity-60',
  danger: 'bg-red-700 text-white hover:bg-red-800 disabled:opacity-60',
  ghost: 'text-blue-800 hover:bg-blue-50 dark:text-blue-300 dark:hover:bg-gray-800',
};

export function Button({ variant = 'secondary', className = '', type = 'button', ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type={type} className={`inline-flex items-center justify-center gap-1 rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed ${variants[variant]} ${focus} ${className}`} {...rest} />;
}

export const inputClass = `w-full rounded-md border border-gray-400 bg-white px-2.5 py-1.5 text-sm text-gray-900 placeholder:text-gray-500 dark:border-gray-500 dark:bg-gray-900 dark:text-gray-100 dark:placeholder:text-gray-400 ${focus}`;

interface FieldProps {
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}

/** A labelled control with its hint and error, tied together for screen readers. */
export function Field({ label, hint, error, required, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-gray-900 dark:text-gray-100">
        {label}
        {required && <span className="text-red-700 dark:text-red-400" aria-hidden="true"> *</span>}
      </label>
      {children(id, describedBy)}
      {hint && <p id={hintId} className="text-xs text-gray-700 dark:text-gray-300">{hint}</p>}
      {error && <p id={errorId} className="text-xs font-medium text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}

export function TextInput(props: InputHTMLAttributes<HTMLInputElement>) {
  return <input {...props} className={`${inputClass} ${props.className ?? ''}`} />;
}

export function Select(props: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select {...props} className={`${inputClass} ${props.className ?? ''}`} />;
}

export function TextArea(props: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea {...props} className={`${inputClass} font-mono ${props.className ?? ''}`} />;
}

export function Card({ title, actions, children, className = '' }: { title?: ReactNode; actions?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section className={`rounded-lg border border-gray-300 bg-white p-4 shadow-sm dark:border-gray-700 dark:bg-gray-800 ${className}`}>
      {(title || actions) && (
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          {title && <h2 className="text-base font-semibold text-gray-900 dark:text-gray-100">{title}</h2>}
          {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
        </div>
      )}
      {children}
    </section>
  );
}

export function PageHeader({ title, actions, children }: { title: string; actions?: ReactNode; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Data Aggregator`;
  }, [title]);
  return (
    <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
      <div>
        <h1 className="text-xl font-semibold text-gray-900 dark:text-gray-50">{title}</h1>
        {children && <div className="mt-1 text-sm text-gray-700 dark:text-gray-300">{children}</div>}
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}

export function Notice({ kind = 'info', children }: { kind?: 'info' | 'error' | 'success' | 'warning'; children: ReactNode }) {
  const styles = {
    info: 'border-blue-300 bg-blue-50 text-blue-900 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-100',
    error: 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100',
    success: 'border-green-300 bg-green-50 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100',
    warning: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100',
  }[kind];
  return (
    <div role={kind === 'error' ? 'alert' : 'status'} className={`rounded-md border px-3 py-2 text-sm ${styles}`}>
      {children}
    </div>
  );
}

const badgeStyles: Record<string, string> = {
  succeeded: 'bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100',
  running: 'bg-blue-100 text-blue-900 dark:bg-blue-900 dark:text-blue-100',
  queued: 'bg-gray-200 text-gray-900 dark:bg-gray-700 dark:text-gray-100',
  failed: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
  cancelled: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  cancelling: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  paused: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
};

export function Badge({ value }: { value: string }) {
  const style = badgeStyles[value] ?? 'bg-gray-200 text-gray-900 dark:bg-gray-700 dark:text-gray-100';
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${style}`}>{value}</span>;
}

export function Spinner({ label = 'Loading' }: { label?: string }) {
  return (
    <p role="status" className="text-sm text-gray-700 dark:text-gray-300">
      {label}…
    </p>
  );
}

/** A table that scrolls sideways on a narrow screen instead of breaking the layout. */
export function Table({ caption, head, children, empty }: { caption: string; head: ReactNode[]; children: ReactNode; empty?: string }) {
  const rows = Array.isArray(children) ? children.flat().filter(Boolean).length : children ? 1 : 0;
  return (
    // Focusable so a keyboard can scroll it sideways on a narrow screen.
    <div className="overflow-x-auto rounded-md border border-gray-300 dark:border-gray-700" tabIndex={0} role="region" aria-label={caption}>
      <table className="min-w-full divide-y divide-gray-300 text-sm dark:divide-gray-700">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-100 dark:bg-gray-900">
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className="px-3 py-2 text-left font-semibold whitespace-nowrap text-gray-900 dark:text-gray-100">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200 bg-white text-gray-900 dark:divide-gray-700 dark:bg-gray-800 dark:text-gray-100">{children}</tbody>
      </table>
      {rows === 0 && empty && <p className="p-3 text-sm text-gray-700 dark:text-gray-300">{empty}</p>}
    </div>
  );
}

export function Td({ children, className = '' }: { children?: ReactNode; className?: string }) {
  return <td className={`px-3 py-2 align-top ${className}`}>{children}</td>;
}

/** A modal dialog (the native <dialog>): focus moves in, Escape closes, focus returns after. */
export function Dialog({ open, title, onClose, children, wide }: { open: boolean; title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) (d.showModal ? d.showModal() : d.setAttribute('open', ''));
    if (!open && d.open) (d.close ? d.close() : d.removeAttribute('open'));
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className={`m-auto w-[95vw] rounded-lg border border-gray-300 bg-white p-0 text-gray-900 shadow-xl backdrop:bg-black/50 dark:border-gray-600 dark:bg-gray-800 dark:text-gray-100 ${wide ? 'max-w-5xl' : 'max-w-lg'}`}
    >
      {open && (
        <div className="p-4">
          <div className="mb-3 flex items-center justify-between gap-2">
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            <Button variant="ghost" onClick={onClose} aria-label="Close">
              ✕
            </Button>
          </div>
          {children}
        </div>
      )}
    </dialog>
  );
}

export function Stat({ label, value, hint }: { label: string; value: ReactNode; hint?: string }) {
  return (
    <div className="rounded-lg border border-gray-300 bg-white p-4 dark:border-gray-700 dark:bg-gray-800">
      <p className="text-sm text-gray-700 dark:text-gray-300">{label}</p>
      <p className="mt-1 text-2xl font-semibold text-gray-900 dark:text-gray-50">{value}</p>
      {hint && <p className="text-xs text-gray-700 dark:text-gray-300">{hint}</p>}
    </div>
  );
}

/** A failed load, in words; nothing when there is no error. */
export function LoadError({ error, what }: { error: unknown; what: string }) {
  if (!error) return null;
  const e = error as { status?: number; message?: string };
  return (
    <Notice kind="error">
      Could not load {what}: {e.message ?? String(error)}
      {e.status ? ` (HTTP ${e.status})` : ''}
    </Notice>
  );
}
