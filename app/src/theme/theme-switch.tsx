import { useId } from 'react';
import { type ThemeChoice, useTheme } from './theme';

export function ThemeSwitch() {
  const { choice, choose } = useTheme();
  const id = useId();
  return (
    <div className="theme-switch">
      <label htmlFor={id}>Theme</label>
      <select id={id} value={choice} onChange={(e) => choose(e.target.value as ThemeChoice)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  );
}
