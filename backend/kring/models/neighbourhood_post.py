"""Posts in a neighbourhood's feed (a help request, a general post, lost and found, giving
away) and the neighbours' replies to them."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin

MAX_TITLE_LENGTH = 120
MAX_BODY_LENGTH = 4000
MAX_REPLY_LENGTH = 2000
HELP_FIGURES = ["skill_id", "status", "solved_by_user_id", "first_reply_at", "solved_at"]


class PostKind(StrEnum):
    help_request = "help_request"
    general = "general"
    lost_and_found = "lost_and_found"
    giving_away = "giving_away"


class PostStatus(StrEnum):
    open = "open"
    solved = "solved"  # a help request only; by a neighbour when solved_by_user_id is set
    withdrawn = "withdrawn"


class DayPart(StrEnum):
    morning = "morning"
    afternoon = "afternoon"
    evening = "evening"


class NeighbourhoodPost(RecordMixin, Base):
    """A post. `author_user_id` wrote it: the resident, or the neighbourhood worker who posted it
    for someone else (`on_behalf`); an anonymous post names no one but "a neighbour, via the
    neighbourhood worker", and replies to it reach the worker."""

    __tablename__ = "neighbourhood_post"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('help_request', 'general', 'lost_and_found', 'giving_away')",
            name="kind_known",
        ),
        CheckConstraint("status IN ('open', 'solved', 'withdrawn')", name="status_known"),
        CheckConstraint(
            f"char_length(btrim(title)) BETWEEN 1 AND {MAX_TITLE_LENGTH}", name="title_length"
        ),
        CheckConstraint(
            f"char_length(btrim(body)) BETWEEN 1 AND {MAX_BODY_LENGTH}", name="body_length"
        ),
        CheckConstraint(
            "day_part IS NULL OR day_part IN ('morning', 'afternoon', 'evening')",
            name="day_part_known",
        ),
        CheckConstraint("day_part IS NULL OR wanted_on IS NOT NULL", name="day_part_with_date"),
        CheckConstraint("status != 'solved' OR kind = 'help_request'", name="solved_is_help"),
        CheckConstraint("(status = 'solved') = (solved_at IS NOT NULL)", name="solved_at_when"),
        CheckConstraint("skill_id IS NULL OR kind = 'help_request'", name="skill_is_help"),
        CheckConstraint(
            "solved_by_user_id IS NULL OR status = 'solved'", name="solved_by_when_solved"
        ),
        CheckConstraint(
            "(status = 'withdrawn') = (withdrawn_at IS NOT NULL)", name="withdrawn_at_when"
        ),
        CheckConstraint("NOT anonymous OR on_behalf", name="anonymous_only_on_behalf"),
        # The person a worker posts for is named only when they agreed to be (not anonymous).
        CheckConstraint(
            "posted_for_name IS NULL OR (on_behalf AND NOT anonymous"
            " AND char_length(btrim(posted_for_name)) BETWEEN 1 AND 100)",
            name="posted_for_name_when_named",
        ),
        CheckConstraint("reply_count >= 0", name="reply_count_positive"),
        # The first reply stays the first even when staff hide it later: it was an answer.
        CheckConstraint(
            "reply_count = 0 OR first_reply_at IS NOT NULL", name="first_reply_when_replied"
        ),
        CheckConstraint(
            "(referred_to_id IS NULL) = (referred_at IS NULL)", name="referred_at_when"
        ),
        CheckConstraint(
            "photo_key IS NULL OR photo_key ~ '^[a-z0-9/_.-]{1,200}$'", name="photo_key_format"
        ),
        # The feed: a neighbourhood's posts, newest first, in keyset pages.
        Index("ix_neighbourhood_post_feed", "neighbourhood_id", "created_at", "id"),
        Index("ix_neighbourhood_post_feed_kind", "neighbourhood_id", "kind", "created_at", "id"),
        # The worker's list: open help requests nobody answered, oldest first.
        Index(
            "ix_neighbourhood_post_unanswered",
            "neighbourhood_id",
            "created_at",
            postgresql_where=text(
                "kind = 'help_request' AND status = 'open' AND first_reply_at IS NULL"
                " AND hidden_at IS NULL"
            ),
        ),
        Index("ix_neighbourhood_post_author", "author_user_id", "created_at"),
        # The impact figures: a neighbourhood's help requests over a period, read from the
        # index alone (what the figures count is included).
        Index(
            "ix_neighbourhood_post_help",
            "neighbourhood_id",
            "created_at",
            postgresql_include=HELP_FIGURES,
            postgresql_where=text("kind = 'help_request' AND hidden_at IS NULL"),
        ),
        Index(
            "ix_neighbourhood_post_skill", "skill_id", postgresql_where=text("skill_id IS NOT NULL")
        ),
    )

    neighbourhood_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("neighbourhood.id", ondelete="RESTRICT"), nullable=False
    )
    author_user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    # What a help request asks for (the shared skills list), when the poster chose one.
    skill_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("skill.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(MAX_TITLE_LENGTH), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    photo_key: Mapped[str | None] = mapped_column(String(200))
    wanted_on: Mapped[date | None] = mapped_column(Date)
    day_part: Mapped[str | None] = mapped_column(String(10))
    on_behalf: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    anonymous: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    posted_for_name: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(10), nullable=False, server_default="open")
    solved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The neighbour who solved it, when the poster names one: what the solved share counts.
    solved_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Replies that show (hidden ones do not count).
    reply_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    first_reply_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_reply_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    referred_to_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("local_organisation.id", ondelete="RESTRICT")
    )
    referred_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    referred_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    # Staff hide a post after a report; the author still sees it, marked hidden.
    hidden_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class NeighbourhoodReply(RecordMixin, Base):
    """A neighbour's reply under a post, in the order written."""

    __tablename__ = "neighbourhood_reply"
    __table_args__ = (
        CheckConstraint(
            f"char_length(btrim(body)) BETWEEN 1 AND {MAX_REPLY_LENGTH}", name="body_length"
        ),
        Index("ix_neighbourhood_reply_post", "post_id", "created_at", "id"),
        Index("ix_neighbourhood_reply_author", "author_user_id", "created_at"),
    )

    post_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("neighbourhood_post.id", ondelete="CASCADE"), nullable=False
    )
    author_user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False
    )
    body: Mapped[str] = mapped_column(Text, nullable=False)
    hidden_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
