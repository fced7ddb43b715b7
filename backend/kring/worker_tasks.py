"""Import every module that registers outbox tasks, so app and worker know the same set."""

from __future__ import annotations


def register_all() -> None:
    from kring.accounts import tasks as account_tasks  # noqa: F401
    from kring.notifications import tasks as notification_tasks  # noqa: F401

    # Documents that mails carry: notifications names no other domain's internals.
    from kring.notifications.service import register_attachment
    from kring.orders.documents import ATTACHMENT as ORDER_ATTACHMENT
    from kring.orders.documents import order_attachment
    from kring.payments.receipt import receipt_attachment
    from kring.promotions.invoice import invoice_attachment
    from kring.providers import tasks as provider_tasks  # noqa: F401

    register_attachment("payment_receipt", "payment_id", receipt_attachment)
    register_attachment("provider_invoice", "invoice_id", invoice_attachment)
    register_attachment(ORDER_ATTACHMENT, "order_id", order_attachment)
