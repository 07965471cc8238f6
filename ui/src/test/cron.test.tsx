import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeCron } from '../lib/cron';
import { CronReading } from '../pages/SchedulesPage';

const text = (e: string, tz?: string) => {
  const r = describeCron(e, tz);
  return r.ok ? r.text : `error: ${r.error}`;
};

describe('cron reading', () => {
  it('reads common schedules in words with the time zone', () => {
    expect(text('0 6 * * *', 'Europe/Berlin')).toBe('every day at 06:00 Europe/Berlin');
    expect(text('30 18 * * 1-5')).toBe('every Monday to Friday at 18:30');
    expect(text('0 6,18 * * *')).toBe('every day at 06:00 and 18:00');
    expect(text('*/15 * * * *')).toBe('every 15 minutes');
    expect(text('0 * * * *')).toBe('every hour, on the hour');
    expect(text('0 */2 * * *')).toBe('every 2 hours at minute 0');
    expect(text('0 3 1 * *')).toBe('on day 1 of the month at 03:00');
    expect(text('0 0 1 1 *')).toBe('on day 1 of the month at 00:00 in January');
    expect(text('0 9 * * MON,THU')).toBe('every Monday and Thursday at 09:00');
    expect(text('@daily')).toBe('every day at 00:00');
  });

  it('reads Quartz expressions with seconds and ? too', () => {
    expect(text('0 0 6 ? * MON-FRI', 'UTC')).toBe('every Monday to Friday at 06:00 UTC');
    expect(text('0 15 10 * * ?')).toBe('every day at 10:15');
  });

  it('says what is wrong with a bad expression', () => {
    expect(text('61 * * * *')).toBe('error: minute 61 is outside 0-59');
    expect(text('0 6 * *')).toMatch(/has 4/);
    expect(text('0 6 * * FUN')).toMatch(/'FUN' is not a valid weekday/);
  });

  it('shows the reading live beside the cron field', () => {
    const { rerender } = render(<CronReading cron="0 6 * * *" timezone="Europe/Berlin" />);
    expect(screen.getByTestId('cron-reading')).toHaveTextContent('every day at 06:00 Europe/Berlin');
    rerender(<CronReading cron="0 25 * * *" timezone="UTC" />);
    expect(screen.getByTestId('cron-reading')).toHaveTextContent('hour 25 is outside 0-23');
  });
});
