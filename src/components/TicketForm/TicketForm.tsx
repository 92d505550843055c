'use client';
/**
 * TicketForm: section 4, Submit Ticket. A thin view over {@link useTicketForm}: every rule
 * (validation, one ticket per intent, drafts, focus, attached files) lives in the hook;
 * this file only lays out the GOV.UK-style parts.
 */
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { Ticket } from '../../api/schemas';
import type { DraftStorage } from '../../hooks/draftStorage';
import { useTicketForm, type TicketFormState } from '../../hooks/ticketForm';
import {
  TICKET_PRIORITIES,
  type TicketCountedField,
  type TicketFormField,
} from '../../hooks/ticketValidation';
import { useRevampd, useSectionMessages } from '../../provider/RevampdProvider';
import { AttachFiles } from '../TicketConversation/AttachFiles';
import { Button } from '../ui/Button';
import { joinClassNames, useElementClass } from '../ui/elementClass';
import { enUSTicketForm, enUSTickets } from '../../i18n/en-US';

/**
 * Props of {@link TicketForm}. Other attributes (`id`, `aria-*`, `data-*`…) go to the
 * root `<section>`, which the ref points at too.
 */
export interface TicketFormProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Called once with the created ticket. */
  onSubmitted?: ((ticket: Ticket) => void) | undefined;
  /**
   * Called by the confirmation's "View ticket #N" action, e.g. to open the ticket in the
   * host's Tickets page (ConnectionPortal opens it in its Tickets section). Without it the
   * action is not shown.
   */
  onViewTicket?: ((ticket: Ticket) => void) | undefined;
  /** Where drafts are kept. @default localStorage, failures tolerated */
  draftStorage?: DraftStorage | undefined;
  /** Classes added to the root `<section>`, after its own `rvp-TicketForm rvp-widget`. */
  className?: string | undefined;
}

// -------------------------------------------------------------------------------------------------
// Parts
// -------------------------------------------------------------------------------------------------

/** Element id of the files' problem, beside the control, for the error summary's link. */
const attachmentsErrorId = (form: TicketFormState) => `${form.ids.form}-attachments-error`;

function ErrorSummary({ form }: { form: TicketFormState }) {
  const m = useSectionMessages('ticketForm', enUSTicketForm);
  return (
    <div
      ref={form.errorSummaryRef}
      id={form.ids.errorSummary}
      className="rvp-ErrorSummary"
      tabIndex={-1}
      aria-labelledby={form.ids.errorSummaryTitle}
    >
      {/* The alert inside, as GOV.UK does: announced when it appears, focused as a whole. */}
      <div role="alert">
        <h3 id={form.ids.errorSummaryTitle} className="rvp-ErrorSummary-title">
          {m.errorSummaryTitle}
        </h3>
        <ul className="rvp-ErrorSummary-list">
          {form.errors.map((problem) => (
            <li key={problem.field}>
              <a
                href={`#${form.ids[problem.field]}`}
                onClick={(event) => {
                  // Focus the field instead of changing the host's URL hash (its router's).
                  event.preventDefault();
                  form.focusField(problem.field);
                }}
              >
                {problem.message}
              </a>
            </li>
          ))}
          {form.attachmentsProblem && (
            <li>
              <a
                href={`#${form.uploads.ids.input}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(form.uploads.ids.input)?.focus();
                }}
              >
                {form.attachmentsProblem}
              </a>
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}

function FieldError({ form, field }: { form: TicketFormState; field: TicketFormField }) {
  const m = useSectionMessages('ticketForm', enUSTicketForm);
  const message = form.errorFor(field);
  if (!message) return null;
  return (
    <p id={form.ids.error[field]} className="rvp-Field-error">
      <span className="rvp-visually-hidden">{m.errorPrefix}</span> {message}
    </p>
  );
}

function CharacterCountText({ form, field }: { form: TicketFormState; field: TicketCountedField }) {
  const count = form.counts[field];
  return (
    <p id={form.ids.count[field]} className="rvp-Field-count" data-over={count.isOver ? '' : undefined}>
      {count.message}
    </p>
  );
}

function Confirmation({
  form,
  ticket,
  onViewTicket,
}: {
  form: TicketFormState;
  ticket: Ticket;
  onViewTicket: ((ticket: Ticket) => void) | undefined;
}) {
  const { t } = useRevampd();
  const m = useSectionMessages('ticketForm', enUSTicketForm);
  return (
    <div className="rvp-TicketForm-success" data-ticket-number={ticket.number}>
      <h3
        ref={form.successHeadingRef}
        id={form.ids.successHeading}
        className="rvp-TicketForm-successHeading"
        tabIndex={-1}
      >
        {t(m.successHeading, { number: String(ticket.number) })}
      </h3>
      <p className="rvp-TicketForm-successBody">{t(m.successBody)}</p>
      <div className="rvp-TicketForm-actions">
        {onViewTicket && (
          <Button variant="primary" onClick={() => onViewTicket(ticket)}>
            {t(m.viewTicket, { number: String(ticket.number) })}
          </Button>
        )}
        <Button onClick={form.reset}>{m.newTicket}</Button>
      </div>
    </div>
  );
}

// -------------------------------------------------------------------------------------------------
// TicketForm
// -------------------------------------------------------------------------------------------------

/**
 * The Submit Ticket section: Title, Priority, Description, over {@link useTicketForm}.
 *
 * The root carries `data-state`: `editing`, `submitting` or `submitted`.
 */
export const TicketForm = /*#__PURE__*/ forwardRef<HTMLElement, TicketFormProps>(function TicketForm(
  { onSubmitted, onViewTicket, draftStorage, className, ...rest },
  forwardedRef,
) {
  const { t, features } = useRevampd();
  const m = useSectionMessages('ticketForm', enUSTicketForm);
  const ticketWords = useSectionMessages('tickets', enUSTickets);
  const form = useTicketForm({ onSubmitted, draftStorage });
  const headingId = `${form.ids.form}-heading`;
  const widgetClass = useElementClass('widget');
  const headingClass = useElementClass('sectionHeading');
  const inputClass = useElementClass('input');
  // Switched off by the host: no form at all, not a disabled one (package.md).
  if (!features.submitTickets) return null;

  const titleError = form.errorFor('title');
  const priorityError = form.errorFor('priority');
  const descriptionError = form.errorFor('description');

  return (
    <section
      ref={forwardedRef}
      className={joinClassNames('rvp-TicketForm', 'rvp-widget', widgetClass, className)}
      aria-labelledby={headingId}
      data-state={form.status}
      {...rest}
    >
      <h2 id={headingId} className={joinClassNames('rvp-Section-heading', headingClass)}>
        {m.heading}
      </h2>
      <p className="rvp-Section-intro">{t(m.intro)}</p>

      {form.status === 'submitted' && form.submittedTicket ? (
        <Confirmation form={form} ticket={form.submittedTicket} onViewTicket={onViewTicket} />
      ) : (
        <form {...form.getFormProps()} {...form.uploads.getDropZoneProps()} className="rvp-TicketForm-form">
          {form.draftRestored && (
            <p className="rvp-TicketForm-draftNote" role="status">
              {m.draftRestored}
            </p>
          )}
          {(form.errors.length > 0 || form.attachmentsProblem) && <ErrorSummary form={form} />}
          {form.formErrorMessage && (
            <div
              id={form.ids.formError}
              className="rvp-TicketForm-formError"
              role="alert"
              data-error-code={form.formError?.code}
            >
              <p className="rvp-TicketForm-formErrorTitle">{m.submitFailed}</p>
              <p>{form.formErrorMessage}</p>
            </div>
          )}

          <div className="rvp-Field" data-invalid={titleError ? '' : undefined}>
            <label className="rvp-Field-label" htmlFor={form.ids.title}>
              {m.title}
            </label>
            <FieldError form={form} field="title" />
            <input
              className={joinClassNames('rvp-Field-input', inputClass)}
              type="text"
              autoComplete="off"
              spellCheck
              {...form.getFieldProps('title')}
            />
            <CharacterCountText form={form} field="title" />
          </div>

          <div className="rvp-Field" data-invalid={priorityError ? '' : undefined}>
            <label className="rvp-Field-label" htmlFor={form.ids.priority}>
              {m.priority}
            </label>
            <FieldError form={form} field="priority" />
            <select
              className={joinClassNames('rvp-Field-select', inputClass)}
              {...form.getFieldProps('priority')}
            >
              {TICKET_PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>
                  {ticketWords.priority[priority]}
                </option>
              ))}
            </select>
          </div>

          <div className="rvp-Field" data-invalid={descriptionError ? '' : undefined}>
            <label className="rvp-Field-label" htmlFor={form.ids.description}>
              {m.description}
            </label>
            <p id={form.ids.descriptionHint} className="rvp-Field-hint">
              {t(m.descriptionHint)}
            </p>
            <FieldError form={form} field="description" />
            <textarea
              className={joinClassNames('rvp-Field-textarea', inputClass)}
              rows={8}
              spellCheck
              {...form.getFieldProps('description')}
              {...form.uploads.getPasteProps()}
            />
            <CharacterCountText form={form} field="description" />
          </div>

          <AttachFiles
            uploads={form.uploads}
            error={form.attachmentsProblem}
            errorId={attachmentsErrorId(form)}
            // The error summary above already says it as an alert.
            announceError={false}
          />

          {/* The count, announced politely once typing pauses; the visible one above is silent. */}
          <div className="rvp-visually-hidden" aria-live="polite" aria-atomic="true">
            {form.announcement}
          </div>

          <div className="rvp-TicketForm-actions">
            <Button
              type="submit"
              variant="primary"
              busy={form.isSubmitting}
              aria-busy={form.isSubmitting || undefined}
            >
              {form.isSubmitting ? m.submitting : m.submit}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
});
