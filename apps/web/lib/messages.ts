import type { TConversation } from '@ladder/domain';

/** The person on the other side of a conversation, as the viewer sees it. */
export function otherParty(c: TConversation): { name: string; relation: string; href: string | null } {
  return c.role === 'mentee'
    ? { name: c.mentor.name, relation: 'Mentor', href: `/mentors/${encodeURIComponent(c.mentor.slug)}` }
    : { name: c.mentee.name, relation: 'Mentee', href: null };
}

/** One line for the inbox: "You: …" for the viewer's own last message; hidden ones say so. */
export function lastMessagePreview(c: TConversation, max = 90): string {
  const m = c.lastMessage;
  if (!m) return 'No messages yet';
  const text = m.hidden ? 'Message removed by moderators' : (m.body ?? '').replace(/\s+/g, ' ').trim();
  const clipped = text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  return m.mine ? `You: ${clipped}` : clipped;
}
