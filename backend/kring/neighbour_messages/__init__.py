"""Private messages between neighbours (one conversation per pair, or per pair and help
request), unread counts and batched e-mail, blocks, reports and staff moderation."""
