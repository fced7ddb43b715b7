"""The neighbourhood concierge: subscriptions, cases, options, costs and the budget ledger."""
