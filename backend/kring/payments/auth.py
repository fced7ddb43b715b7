"""Who may call the payment routes: the provider paying their own fee; a signed-in person
paying a dossier's registration fee (the dossiers service checks they may). The webhook and the
sandbox's checkout page are open to anyone: they change nothing a caller chooses."""

from __future__ import annotations

from kring.auth.dependencies import AnyVisitor, SignedIn
from kring.auth.provider import ProviderReader, ProviderWriter

__all__ = ["AnyVisitor", "ProviderReader", "ProviderWriter", "SignedIn"]
