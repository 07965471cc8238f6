// Light or dark: the user's choice, or the operating system's when they chose "system".
export function applyTheme(theme: 'light' | 'dark' | 'system'): void {
  if (typeof document === 'undefined') return;
  const dark = theme === 'dark' || (theme === 'system' && typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
  localStorage.setItem('dagg.theme', theme);
}

/** Before the first paint, so a dark-mode user never sees a white flash. */
export function applyStoredTheme(): void {
  const t = (typeof localStorage !== 'undefined' && localStorage.getItem('dagg.theme')) as 'light' | 'dark' | 'system' | null;
  applyTheme(t ?? 'system');
}
