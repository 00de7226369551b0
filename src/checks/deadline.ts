import { finding } from '../findings/catalogue.js';
import type { Finding } from '../findings/finding.js';
import type { SubmittedOn } from '../read/submitted.js';

/** `2020-05-15` → `15/05/2020`, as Vietnamese documents write a date. */
export function dayFirst(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * DL-LATE when a file says it was sent after the campaign's deadline, the last day dossiers
 * may be sent (plan VI.2). A file that gives no date, or a campaign without a deadline, says
 * nothing: lateness is never guessed. A warning, not an error: the province may still accept it.
 */
export function checkDeadline(
  file: string,
  submitted: SubmittedOn | undefined,
  deadline: string | undefined,
): Finding[] {
  if (submitted === undefined || deadline === undefined || submitted.date <= deadline) return [];
  const row = Number(/\d+$/.exec(submitted.cell)?.[0]);
  return [
    finding(
      'DL-LATE',
      {
        date: submitted.date,
        deadline,
        dateVn: dayFirst(submitted.date),
        deadlineVn: dayFirst(deadline),
      },
      {
        file,
        ...(submitted.sheet === undefined ? {} : { sheet: submitted.sheet }),
        ...(Number.isInteger(row) ? { row } : {}),
        cell: submitted.cell,
      },
    ),
  ];
}
