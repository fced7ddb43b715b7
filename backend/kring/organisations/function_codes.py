"""The functions a contact person can have (Careflex's table); a function never changes rights."""

from __future__ import annotations

from kring.kit.i18n import N_

FUNCTION_CODES: dict[int, str] = {
    100: N_("Director"),
    140: N_("System/application administrator"),
    200: N_("Administrative employee"),
    210: N_("HR manager"),
    220: N_("HR adviser"),
    221: N_("Planner"),
}
