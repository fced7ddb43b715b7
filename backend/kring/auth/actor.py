"""Transitional names for the principal (`auth.principal`, `auth.dependencies`)."""

from __future__ import annotations

from kring.auth.dependencies import SecondFactorSetupRequired
from kring.auth.dependencies import SignedIn as CurrentActor
from kring.auth.dependencies import SignedInDuringSetup as ActorDuringSetup
from kring.auth.dependencies import signed_in as get_actor
from kring.auth.dependencies import signed_in_during_setup as get_actor_during_setup
from kring.auth.principal import Principal as Actor

__all__ = [
    "Actor",
    "ActorDuringSetup",
    "CurrentActor",
    "SecondFactorSetupRequired",
    "get_actor",
    "get_actor_during_setup",
]
