"""What the public search matches for a provider: folded texts, rewritten on every change."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.text import fold
from kring.models.provider import Category, ProviderCategory, ProviderProfile, ProviderService
from kring.models.user import User


async def refresh_search_text(db: AsyncSession, profile: ProviderProfile) -> None:
    """Names, categories (in every language) and service names weigh most; texts less."""
    user = await db.get(User, profile.user_id)
    categories = (
        await db.execute(
            select(Category.name_nl, Category.name_fr, Category.name_en, Category.slug)
            .join(ProviderCategory, ProviderCategory.category_id == Category.id)
            .where(ProviderCategory.profile_id == profile.id)
        )
    ).all()
    services = (
        await db.execute(
            select(ProviderService.name, ProviderService.description).where(
                ProviderService.profile_id == profile.id
            )
        )
    ).all()
    title = [
        user.display_name if user else "",
        profile.company_name or "",
        *(name for row in categories for name in row),
        *(s.name for s in services),
    ]
    body = [profile.introduction, profile.profile_text, *(s.description for s in services)]
    profile.search_title = fold(" ".join(title))
    profile.search_body = fold(" ".join(body))
    await db.flush()
