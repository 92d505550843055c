/**
 * Seeded ticket conversations and their files: several replies each way on worked tickets,
 * a ticket awaiting the customer, a long thread to page through, and attachments of every
 * accepted type, one of them infected.
 *
 * @internal Not part of the public mocks entry.
 */
import type { AttachmentContentType, Ticket } from '../src/api/schemas';
import type { MockAttachment, MockMessage, MockScope } from './db';
import { MINUTE, integer, iso, pad, pick, randomFor } from './random';
import type { Random } from './random';

/** People of a Sub-Org who write as the customer. */
const CUSTOMER_NAMES = [
  'Jordan Lee',
  'Sam Rivera',
  'Alex Chen',
  'Morgan Blake',
  'Riley Okoro',
] as const satisfies readonly [string, ...string[]];

/** The customer of a scope: who writes the replies of that Sub-Org. */
export function customerNameOf(scope: Pick<MockScope, 'seed'>): string {
  return pick(randomFor(scope, 'customer'), CUSTOMER_NAMES);
}

// -------------------------------------------------------------------------------------------------
// What people write
// -------------------------------------------------------------------------------------------------

const TEAM_FIRST = [
  'Thanks for the details. I have reproduced this on our side and passed it to the voice engineering team.\n\nI will update you here as soon as I hear back.',
  'Thanks for reaching out. I am looking into this now.\n\nCould you tell us roughly when it started, and whether it affects every number or just this one?',
  'Hi, thanks for the report. Could you send the time and the calling number of one affected call? That lets us find it in the carrier logs.',
] as const satisfies readonly [string, ...string[]];

const TEAM_MIDDLE = [
  'Thank you, that example helped. The carrier confirmed a routing fault on their side; they are working on a fix.',
  'We are still waiting on the carrier. I will chase them again this afternoon and let you know.',
  'I have applied a change to your account. It can take up to 15 minutes to take effect.\n\nCould you try again after that?',
  'Quick update: the fix is scheduled for tonight’s maintenance window (22:00–23:00 UTC).',
] as const satisfies readonly [string, ...string[]];

const TEAM_LAST = [
  'The fix is live. Could you check whether it works for you now?',
  'This should be resolved now. If you still see the problem, reply here and the ticket reopens.',
  'Done: the change is in place and I tested it with a call of my own. Let us know if anything looks off.',
] as const satisfies readonly [string, ...string[]];

const CUSTOMER_MIDDLE = [
  'Thanks. One example: a call from +1 415 555 0199 at 10:42 this morning.',
  'It started on Monday, and it only affects our main line as far as we can tell.',
  'Still happening this morning, unfortunately. Any news?',
  'Attached what we see on our side.\nThe second screenshot is from the dashboard.',
] as const satisfies readonly [string, ...string[]];

const CUSTOMER_LAST = [
  'That worked, thank you!',
  'All good now. Thanks for the quick help.',
  'Confirmed fixed on our end. Thanks!',
] as const satisfies readonly [string, ...string[]];

// -------------------------------------------------------------------------------------------------
// Files
// -------------------------------------------------------------------------------------------------

interface FileSeed {
  name: string;
  contentType: AttachmentContentType;
  size: number;
  verdict?: 'infected';
}

/** One of each accepted type, and an infected PDF. */
const FILES: readonly FileSeed[] = [
  { name: 'routing-settings.png', contentType: 'image/png', size: 284_311 },
  { name: 'desk-phone-display.jpg', contentType: 'image/jpeg', size: 1_902_455 },
  { name: 'call-drop.gif', contentType: 'image/gif', size: 612_880 },
  { name: 'dashboard.webp', contentType: 'image/webp', size: 143_207 },
  { name: 'letter-of-authorisation.pdf', contentType: 'application/pdf', size: 96_512 },
  { name: 'sip-debug.txt', contentType: 'text/plain', size: 18_944 },
  { name: 'missed-calls-export.csv', contentType: 'text/csv', size: 7_310 },
  { name: 'invoice-scan.pdf', contentType: 'application/pdf', size: 402_118, verdict: 'infected' },
];

/** A seeded file's link; served only while the file is clean. */
export function attachmentUrl(id: string, name: string): string {
  return `https://files.revampd.example/attachments/${id}/${encodeURIComponent(name)}`;
}

// -------------------------------------------------------------------------------------------------
// Generator
// -------------------------------------------------------------------------------------------------

type Step = { kind: 'team'; text: string } | { kind: 'customer'; text: string };

/** Draws from `items` without repeating one until all have been drawn. */
function drawer(random: Random, items: readonly [string, ...string[]]): () => string {
  let left: string[] = [];
  return () => {
    if (left.length === 0) left = [...items];
    const [text = items[0]] = left.splice(Math.floor(random() * left.length), 1);
    return text;
  };
}

/** Alternating replies after the customer's description: team, customer, team, … */
function script(random: Random, length: number, endsResolved: boolean): Step[] {
  const teamMiddle = drawer(random, TEAM_MIDDLE);
  const customerMiddle = drawer(random, CUSTOMER_MIDDLE);
  const steps: Step[] = [];
  for (let index = 0; index < length; index++) {
    const last = index === length - 1;
    if (index % 2 === 0) {
      const text =
        index === 0
          ? pick(random, TEAM_FIRST)
          : last && endsResolved
            ? pick(random, TEAM_LAST)
            : teamMiddle();
      steps.push({ kind: 'team', text });
    } else {
      const text = last && endsResolved ? pick(random, CUSTOMER_LAST) : customerMiddle();
      steps.push({ kind: 'customer', text });
    }
  }
  return steps;
}

/** How many replies a ticket gets, by how far its work has gone. */
function replyCount(random: Random, ticket: Ticket): number {
  if (ticket.assignee === null) return 0; // nobody has picked it up yet
  switch (ticket.status) {
    case 'open':
      return integer(random, 0, 2);
    case 'in_progress':
      return integer(random, 1, 5);
    case 'resolved':
    case 'closed':
      return integer(random, 3, 6);
  }
}

/**
 * Fills `scope.messages` and `scope.attachments` for the scope's tickets, deterministically.
 * Replies fall between a ticket's `createdAt` and `updatedAt` (the last one at `updatedAt`),
 * so the ticket rows keep their seeded values; the team writes as the assignee, and an
 * unassigned ticket has no replies. Guarantees, in any seed with enough tickets: a
 * non-closed ticket awaiting the customer with seven replies, a resolved thread of twelve,
 * and one attachment of every accepted type plus an infected one.
 */
export function seedConversations(scope: MockScope, customerName: string): void {
  const random = randomFor(scope, 'conversations');
  scope.messages = {};
  scope.attachments = [];
  let messageSequence = 0;
  let attachmentSequence = 0;

  const awaiting =
    [...scope.tickets].find((ticket) => ticket.status === 'in_progress' && ticket.assignee !== null) ??
    scope.tickets.find((ticket) => ticket.status !== 'closed' && ticket.assignee !== null);
  const long = [...scope.tickets]
    .reverse()
    .find((ticket) => ticket.status === 'resolved' && ticket.assignee !== null && ticket !== awaiting);

  const messagesOf = new Map<string, MockMessage[]>();
  for (const ticket of [...scope.tickets].reverse()) {
    let steps: Step[];
    if (ticket === awaiting) steps = script(random, 7, false);
    else if (ticket === long) steps = script(random, 12, true);
    else {
      const count = replyCount(random, ticket);
      const resolved = ticket.status === 'resolved' || ticket.status === 'closed';
      // Settled threads end on the customer's thanks half the time, else on the team's fix.
      const length = resolved && count % 2 === 1 && random() < 0.5 ? count + 1 : count;
      steps = script(random, length, resolved);
    }
    if (steps.length === 0) continue;
    const start = Date.parse(ticket.createdAt);
    const end = Math.max(Date.parse(ticket.updatedAt), start + steps.length * MINUTE);
    const span = end - start;
    const messages = steps.map((step, index): MockMessage => {
      // Evenly spread with a little jitter, the last one exactly at `updatedAt`.
      const at =
        index === steps.length - 1
          ? end
          : start +
            Math.round((span * (index + 1)) / steps.length - integer(random, 0, span / steps.length / 3));
      messageSequence += 1;
      return {
        id: `msg_${scope.tag}_${pad(messageSequence, 5)}`,
        ticketId: ticket.id,
        author:
          step.kind === 'team'
            ? { kind: 'team', name: ticket.assignee?.name ?? 'Revampd Support' }
            : { kind: 'customer', name: customerName },
        body: step.text,
        // Whole seconds: timestamps read like a real server's.
        createdAt: iso(Math.round(Math.min(at, end) / 1000) * 1000),
        attachmentIds: [],
      };
    });
    scope.messages[ticket.id] = messages;
    messagesOf.set(ticket.id, messages);
  }

  // Files: the awaiting ticket's description carries a screenshot; its customer replies and
  // the long thread's carry the rest, so every kind shows in a conversation.
  const attach = (file: FileSeed, ticket: Ticket, message: MockMessage | null): void => {
    attachmentSequence += 1;
    const id = `att_${scope.tag}_${pad(attachmentSequence, 3)}`;
    scope.attachments.push({
      id,
      name: file.name,
      size: file.size,
      contentType: file.contentType,
      createdAt: message?.createdAt ?? ticket.createdAt,
      verdict: file.verdict ?? 'clean',
      scannedAt: 0,
      url: attachmentUrl(id, file.name),
      ticketId: ticket.id,
      messageId: message?.id ?? null,
    } satisfies MockAttachment);
    message?.attachmentIds.push(id);
  };
  const [screenshot, ...rest] = FILES;
  if (awaiting !== undefined && screenshot !== undefined) {
    attach(screenshot, awaiting, null);
    const carriers = [
      ...(messagesOf.get(awaiting.id) ?? []).filter((message) => message.author.kind === 'customer'),
      ...(long === undefined ? [] : (messagesOf.get(long.id) ?? [])),
    ];
    rest.forEach((file, index) => {
      const message = carriers[index % Math.max(carriers.length, 1)];
      const ticket =
        message === undefined ? awaiting : (scope.tickets.find((t) => t.id === message.ticketId) ?? awaiting);
      attach(file, ticket, message ?? null);
    });
  }
}
