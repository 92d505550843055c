'use client';
/**
 * AddOnPurchase: section 2, Add-Ons. "Buy add-on" opens a dialog (a page on narrow
 * screens) that buys a phone number or a call-credit pack, paid from the wallet or on a
 * Revampd invoice: choose → number or quantity → payment → review → "Buy" once →
 * confirmation. A thin view over {@link useAddOnPurchaseFlow}.
 *
 * The dialog is the native `<dialog>` opened with `showModal()`, the same
 * {@link ModalDialog} as ConfirmDialog's: the browser makes the page inert, traps focus,
 * closes on Escape and draws the backdrop, with no inline style or script (strict CSP).
 */
import {
  forwardRef,
  useId,
  useRef,
  type FormEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import {
  useAddOnPurchaseFlow,
  type AddOnProductOption,
  type AddOnPurchaseField,
  type AddOnPurchaseFlow,
  type PhoneNumberSearchField,
} from '../../hooks/addOnPurchase';
import { PURCHASE_LIMITS } from '../../api/schemas';
import { useRevampd, useSectionMessages } from '../../provider/RevampdProvider';
import { Button } from '../ui/Button';
import { ModalDialog } from '../ui/ModalDialog';
import { joinClassNames, useElementClass } from '../ui/elementClass';
import { ResourceStates } from '../ui/ResourceState';
import { withWidgetBoundary } from '../ui/WidgetBoundary';
import { enUSAddOnPurchase } from '../../i18n/en-US';

// -------------------------------------------------------------------------------------------------
// Props
// -------------------------------------------------------------------------------------------------

/**
 * Props of {@link AddOnPurchase}: other props (`id`, `aria-*`, `data-*`) go on its root, which
 * holds the "Buy add-on" button and the dialog.
 */
export interface AddOnPurchaseProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Whether the dialog is open (controlled). */
  open?: boolean | undefined;
  /** Whether the dialog is open at first (uncontrolled). @default false */
  defaultOpen?: boolean | undefined;
  /** Told when the dialog asks to open or close. */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /**
   * Renders the "Buy add-on" button that opens the dialog. Off, a host opens it with its
   * own control through `open` / `onOpenChange`. @default true
   */
  showTrigger?: boolean | undefined;
  /**
   * Where focus goes on close when the element that opened the dialog is gone.
   * @default the "Buy add-on" button
   */
  fallbackFocus?: (() => HTMLElement | null) | undefined;
  /** Classes added to the root `<div>`, after its own `rvp-AddOnPurchase rvp-widget`. */
  className?: string | undefined;
}

// -------------------------------------------------------------------------------------------------
// Parts
// -------------------------------------------------------------------------------------------------

/** A field's error beside it, with the hidden "Error:" a screen reader reads first. */
function FieldError({ id, message }: { id: string; message: string | null }) {
  const m = useSectionMessages('addOnPurchase', enUSAddOnPurchase);
  if (message === null) return null;
  return (
    <p id={id} className="rvp-Field-error">
      <span className="rvp-visually-hidden">{m.errorPrefix} </span>
      {message}
    </p>
  );
}

function ErrorSummary({ flow }: { flow: AddOnPurchaseFlow }) {
  const m = useSectionMessages('addOnPurchase', enUSAddOnPurchase);
  const titleId = useId();
  return (
    <div
      ref={(element) => void (flow.errorSummaryRef.current = element)}
      id={flow.ids.errorSummary}
      className="rvp-ErrorSummary"
      tabIndex={-1}
      aria-labelledby={titleId}
    >
      {/* The alert inside, as GOV.UK does: announced when it appears, focused as a whole. */}
      <div role="alert">
        <h4 id={titleId} className="rvp-ErrorSummary-title">
          {m.errorSummaryTitle}
        </h4>
        <ul className="rvp-ErrorSummary-list">
          {flow.errors.map((error) => (
            <li key={error.field}>
              <a
                href={`#${flow.ids[error.field]}`}
                onClick={(event) => {
                  // Focus the field instead of changing the host's URL hash (its router's).
                  event.preventDefault();
                  flow.focusField(error.field);
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function Problem({ flow }: { flow: AddOnPurchaseFlow }) {
  const { t } = useRevampd();
  const m = useSectionMessages('addOnPurchase', enUSAddOnPurchase);
  const problem = flow.problem;
  if (problem === null) return null;
  return (
    <div
      ref={(element) => void (flow.problemRef.current = element)}
      id={flow.ids.problem}
      className="rvp-AddOnPurchase-problem"
      tabIndex={-1}
      data-code={problem.code}
    >
      <div role="alert">
        <p className="rvp-AddOnPurchase-problemTitle">{problem.title}</p>
        <p>{problem.text}</p>
      </div>
      {problem.code === 'insufficient_funds' && (
        <Button onClick={flow.payOnInvoiceInstead}>{t(m.payOnInvoiceInstead)}</Button>
      )}
    </div>
  );
}

/** One radio with its label and hint. */
function Choice({
  name,
  value,
  checked,
  disabled = false,
  onChoose,
  label,
  detail,
  hint,
}: {
  name: string;
  value: string;
  checked: boolean;
  disabled?: boolean;
  onChoose: (value: string) => void;
  label: string;
  detail?: string | undefined;
  hint?: string | undefined;
}) {
  const id = useId();
  return (
    <div className="rvp-AddOnPurchase-choice" data-checked={checked ? '' : undefined}>
      <input
        id={id}
        className="rvp-AddOnPurchase-radio"
        type="radio"
        name={name}
        value={value}
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={() => onChoose(value)}
      />
      <label htmlFor={id} className="rvp-AddOnPurchase-choiceLabel">
        <span className="rvp-AddOnPurchase-choiceName">{label}</span>
        {detail && <span className="rvp-AddOnPurchase-choiceDetail">{detail}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="rvp-AddOnPurchase-choiceHint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A radio group of choices, named by the step's heading, with its error. */
function ChoiceGroup({
  flow,
  field,
  children,
}: {
  flow: AddOnPurchaseFlow;
  field: AddOnPurchaseField;
  children: ReactNode;
}) {
  const error = flow.errorOf(field);
  const errorId = `${flow.ids[field]}-error`;
  return (
    <div
      id={flow.ids[field]}
      role="radiogroup"
      aria-labelledby={flow.ids.heading}
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
      className="rvp-AddOnPurchase-group"
      data-invalid={error ? '' : undefined}
    >
      <FieldError id={errorId} message={error} />
      {children}
    </div>
  );
}

// -------------------------------------------------------------------------------------------------
// Steps
// -------------------------------------------------------------------------------------------------

function ProductStep({ flow }: { flow: AddOnPurchaseFlow }) {
  const { t } = useRevampd();
  const m = useSectionMessages('addOnPurchase', enUSAddOnPurchase);
  const { catalog } = flow;
  const option = (product: AddOnProductOption) => (
    <Choice
      key={product.id}
      name={flow.ids.product}
      value={product.id}
      checked={flow.product?.id === product.id}
      onChoose={flow.chooseProduct}
      label={product.label}
      detail={product.price}
      hint={product.description}
    />
  );
  return (
    <ResourceStates
      view={catalog.view}
      onRetry={catalog.retry}
      retrying={catalog.isFetching}
      updatedAt={catalog.updatedAt}
      empty={<p>{t(m.emptyCatalog)}</p>}
    >
      <ChoiceGroup flow={flow} field="product">
        {catalog.phoneNumbers.length > 0 && (
          <fieldset className="rvp-AddOnPurchase-fieldset">
            <legend className="rvp-AddOnPurchase-legend">{m.phoneNumbers}</legend>
            {catalog.phoneNumbers.map(option)}
          </fieldset>
        )}
        {catalog.callCredits.length > 0 && (
          <fieldset className="rvp-AddOnPurchase-fieldset">
            <legend className="rvp-AddOnPurchase-legend">{m.callCredits}</legend>
            {catalog.callCredits.map(option)}
          </fieldset>
        )}
      </ChoiceGroup>
    </ResourceStates>
  );
}

/** The number search's fields: each one's texts and the room it gives. */
const SEARCH_FIELDS = {
  // Room for separators a person types ("(415)", "555-01"); the check is on the digits.
  areaCode: { label: 'areaCode', hint: 'areaCodeHint', maxLength: 12 },
  contains: { label: 'contains', hint: 'containsHint', maxLength: 20 },
} as const;

/** One field of the number search ("Area code", "Contains"): searched as typed, or at once on Enter. */
function SearchField({ flow, field }: { flow: AddOnPurchaseFlow; field: PhoneNumberSearchField }) {
  const m = useSectionMessages('addOnPurchase', enUSAddOnPurchase);
  const { numbers } = flow;
  const { label, hint, maxLength } = SEARCH_FIELDS[field];
  const id = flow.ids[field];
  const error = numbers.fieldErrors[field];
  // Only "Contains" has a note: the digits its letters stand for.
  const note = field === 'contains' ? numbers.keypadNote : null;
  const setValue = field === 'areaCode' ? numbers.setAreaCode : numbers.setContains;
  const inputClass = useElementClass('input');
  const describedBy = [`${id}-hint`, note ? `${id}-note` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="rvp-Field rvp-AddOnPurchase-searchField" data-invalid={error ? '' : undefined}>
      <label htmlFor={id} className="rvp-Field-label">
        {m[label]}
      </label>
      <p id={`${id}-hint`} className="rvp-Field-hint">
        {m[hint]}
      </p>
      <FieldError id={`${id}-error`} message={error} />
      <input
        id={id}
        className={joinClassNames('rvp-Field-input', inputClass)}
        type="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={maxLength}
        value={numbers[field]}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
          // Enter searches now; it does not leave the step.
          if (event.key === 'Enter') {
            event.preventDefault();
            numbers.searchNow();
          }
        }}
      />
      {note && (
        <p id={`${id}-note`} className="rvp-Field-hint">
          {note}
        </p>
      )}
    </div>
  );
}

function NumberStep({ flow }: { flow: AddOnPurchaseFlow }) {
  const m = useSectionMessages('addOnPurchase', enUSAddOnPurchase);
  const { numbers } = flow;
  return (
    <>
      <div className="rvp-AddOnPurchase-search" role="search" aria-label={m.search}>
        <SearchField flow={flow} field="areaCode" />
        <SearchField flow={flow} field="contains" />
        <Button
          className="rvp-AddOnPurchase-searchAgain"
          onClick={numbers.searchAgain}
          busy={numbers.isSearching}
        >
          {m.searchAgain}
        </Button>
      </div>
      <p className="rvp-AddOnPurchase-searchStatus" role="status">
        {numbers.status}
      </p>
      <ResourceStates
        view={numbers.view}
        onRetry={numbers.retry}
        retrying={numbers.isSearching}
        updatedAt={numbers.updatedAt}
        loadingLabel={m.searching}
      >
        {numbers.options.length > 0 && (
          <ChoiceGroup flow={flow} field="phoneNumber">
            <fieldset className="rvp-AddOnPurchase-fieldset" aria-busy={numbers.isSearching || undefined}>
              <legend className="rvp-AddOnPurchase-legend">{m.numbers}</legend>
              <div className="rvp-AddOnPurchase-numbers">
                {numbers.options.map((option) => (
                  <Choice
                    key={option.number}
                    name={flow.ids.phoneNumber}
                    value={option.number}
                    checked={flow.phoneNumber?.number === option.number}
                    onChoose={flow.choosePhoneNumber}
                    label={option.display}
                    detail={option.place || undefined}
                  />
                ))}
              </div>
            </fieldset>
          </ChoiceGroup>
        )}
        {numbers.options.length === 0 && flow.errorOf('phoneNumber') && (
          <FieldError id={`${flow.ids.phoneNumber}-error`} message={flow.errorOf('phoneNumber')} />
        )}
      </ResourceStates>
    </>
  );
}

function QuantityStep({ flow }: { flow: AddOnPurchaseFlow }) {
  const { t } = useRevampd();
  const m = useSectionMessages('addOnPurchase', enUSAddOnPurchase);
  const id = flow.ids.quantity;
  const error = flow.errorOf('quantity');
  const inputClass = useElementClass('input');
  return (
    <div className="rvp-Field" data-invalid={error ? '' : undefined}>
      <label htmlFor={id} className="rvp-Field-label">
        {m.quantity}
      </label>
      <p id={`${id}-hint`} className="rvp-Field-hint">
        {t(m.quantityHint, { max: PURCHASE_LIMITS.quantity })}
      </p>
      <FieldError id={`${id}-error`} message={error} />
      <input
        id={id}
        className={joinClassNames('rvp-Field-input rvp-AddOnPurchase-quantity', inputClass)}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={flow.quantity}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : null, `${id}-total`]
          .filter(Boolean)
          .join(' ')}
        aria-invalid={error ? true : undefined}
        onChange={(event) => flow.setQuantity(event.target.value)}
      />
      <p id={`${id}-total`} className="rvp-AddOnPurchase-total" aria-live="polite">
        {flow.totals.totalText !== null && flow.totals.cadence !== null
          ? t(m.totalNow, { total: `${flow.totals.totalText} (${flow.totals.cadence})` })
          : ''}
      </p>
    </div>
  );
}

function PaymentStep({ flow }: { flow: AddOnPurchaseFlow }) {
  const { t } = useRevampd();
  const m = useSectionMessages('addOnPurchase', enUSAddOnPurchase);
  return (
    <>
      {flow.totals.totalText && (
        <p className="rvp-AddOnPurchase-total">{t(m.totalNow, { total: flow.totals.totalText })}</p>
      )}
      <ChoiceGroup flow={flow} field="payWith">
        <Choice
          name={flow.ids.payWith}
          value="wallet"
          checked={flow.payWith === 'wallet'}
          disabled={!flow.wallet.usable}
          onChoose={() => flow.choosePayWith('wallet')}
          label={m.payWallet}
          hint={flow.wallet.hint}
        />
        <Choice
          name={flow.ids.payWith}
          value="invoice"
          checked={flow.payWith === 'invoice'}
          onChoose={() => flow.choosePayWith('invoice')}
          label={t(m.payInvoice)}
          hint={m.payInvoiceHint}
        />
      </ChoiceGroup>
    </>
  );
}

function ReviewStep({ flow }: { flow: AddOnPurchaseFlow }) {
  const { t } = useRevampd();
  const m = useSectionMessages('addOnPurchase', enUSAddOnPurchase);
  return (
    <>
      <dl className="rvp-AddOnPurchase-review">
        {flow.review.map((line) => {
          const changeStep = line.changeStep;
          return (
            <div key={line.id} className="rvp-AddOnPurchase-reviewLine" data-line={line.id}>
              <dt>{line.label}</dt>
              <dd>{line.value}</dd>
              {changeStep !== null && !flow.isWorking && (
                <dd className="rvp-AddOnPurchase-change">
                  <Button
                    variant="ghost"
                    aria-label={t(m.changeLabel, { item: line.label })}
                    onClick={() => flow.edit(changeStep)}
                  >
                    {m.change}
                  </Button>
                </dd>
              )}
            </div>
          );
        })}
      </dl>
      {flow.isWorking && (
        <p className="rvp-AddOnPurchase-working" role="status">
          {m.workingNote}
        </p>
      )}
    </>
  );
}

function DoneStep({ flow }: { flow: AddOnPurchaseFlow }) {
  const done = flow.done;
  if (done === null) return null;
  return (
    <div className="rvp-AddOnPurchase-done">
      {done.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

function StepContent({ flow }: { flow: AddOnPurchaseFlow }) {
  switch (flow.step) {
    case 'product':
      return <ProductStep flow={flow} />;
    case 'number':
      return <NumberStep flow={flow} />;
    case 'quantity':
      return <QuantityStep flow={flow} />;
    case 'payment':
      return <PaymentStep flow={flow} />;
    case 'review':
    case 'working':
      return <ReviewStep flow={flow} />;
    case 'done':
      return <DoneStep flow={flow} />;
  }
}

function Actions({ flow }: { flow: AddOnPurchaseFlow }) {
  const m = useSectionMessages('addOnPurchase', enUSAddOnPurchase);
  if (flow.step === 'done') {
    return (
      <div className="rvp-AddOnPurchase-actions">
        <Button onClick={flow.reset}>{m.buyAnother}</Button>
        <Button variant="primary" onClick={() => flow.setOpen(false)}>
          {m.doneClose}
        </Button>
      </div>
    );
  }
  const buying = flow.step === 'review' || flow.step === 'working';
  return (
    <div className="rvp-AddOnPurchase-actions">
      {flow.step !== 'product' && !flow.isWorking && <Button onClick={flow.back}>{m.back}</Button>}
      {buying ? (
        // A busy button keeps focus and swallows clicks: a double click buys once.
        <Button type="submit" variant="primary" busy={flow.isWorking || !flow.canBuy}>
          {flow.isWorking ? m.buying : m.buy}
        </Button>
      ) : (
        <Button type="submit" variant="primary">
          {m.continue}
        </Button>
      )}
    </div>
  );
}

// -------------------------------------------------------------------------------------------------
// AddOnPurchase
// -------------------------------------------------------------------------------------------------

/** "Buy add-on" and its purchase dialog, over {@link useAddOnPurchaseFlow}. */
const AddOnPurchaseView = /*#__PURE__*/ forwardRef<HTMLDivElement, AddOnPurchaseProps>(function AddOnPurchase(
  { open: openProp, defaultOpen, onOpenChange, showTrigger = true, fallbackFocus, className, ...rest },
  ref,
) {
  const { features } = useRevampd();
  const m = useSectionMessages('addOnPurchase', enUSAddOnPurchase);
  const flow = useAddOnPurchaseFlow({ open: openProp, defaultOpen, onOpenChange });
  const { open, setOpen } = flow;
  const triggerRef = useRef<HTMLButtonElement>(null);
  const widgetClass = useElementClass('widget');

  if (!features.buyAddOns) return null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (flow.step === 'review') void flow.buy();
    else if (flow.step !== 'working' && flow.step !== 'done') flow.next();
  };

  return (
    <div
      {...rest}
      ref={ref}
      className={joinClassNames('rvp-AddOnPurchase', 'rvp-widget', widgetClass, className)}
      data-state={open ? 'open' : 'closed'}
    >
      {showTrigger && (
        <Button ref={triggerRef} variant="primary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
          {m.open}
        </Button>
      )}
      <ModalDialog
        open={open}
        onCancel={() => setOpen(false)}
        // No initialFocus: once the dialog shows, the flow puts focus on the step's heading.
        fallbackFocus={() => fallbackFocus?.() ?? triggerRef.current}
        className="rvp-AddOnPurchase-dialog rvp-widget"
        aria-labelledby={flow.ids.title}
        data-step={flow.step}
        data-busy={flow.isWorking ? '' : undefined}
      >
        <div className="rvp-AddOnPurchase-frame">
          <header className="rvp-AddOnPurchase-header">
            <div className="rvp-AddOnPurchase-titles">
              <h2 id={flow.ids.title} className="rvp-AddOnPurchase-title">
                {m.title}
              </h2>
              {flow.progress && <p className="rvp-AddOnPurchase-progress">{flow.progress}</p>}
            </div>
            <Button variant="ghost" className="rvp-AddOnPurchase-close" onClick={() => setOpen(false)}>
              {m.close}
            </Button>
          </header>
          <form
            className="rvp-AddOnPurchase-body"
            noValidate
            onSubmit={submit}
            aria-labelledby={flow.ids.heading}
          >
            <h3
              ref={(element) => void (flow.headingRef.current = element)}
              id={flow.ids.heading}
              className="rvp-AddOnPurchase-heading"
              tabIndex={-1}
            >
              {flow.done?.heading ?? flow.stepTitle}
            </h3>
            {flow.errors.length > 0 && <ErrorSummary flow={flow} />}
            <Problem flow={flow} />
            <StepContent flow={flow} />
            <Actions flow={flow} />
          </form>
        </div>
      </ModalDialog>
      {/* The result stays announced after the dialog closes, for whoever closed it early. */}
      <div className="rvp-visually-hidden" role="status">
        {!open && flow.done ? flow.done.heading : ''}
      </div>
    </div>
  );
});

/** {@link AddOnPurchaseView} inside its own error boundary (faults.md 36). */
export const AddOnPurchase = /*#__PURE__*/ withWidgetBoundary('AddOnPurchase', AddOnPurchaseView);
