"""A resident offers at most 25 skills: the database refuses more, as the API does.

A CHECK cannot count rows, so a statement trigger counts, per resident the statement added
skills for, after it ran (the API checks first; this is the backstop for any other writer).

Revision ID: 8d41c0e7b2a9
Revises: 276461467c55
Create Date: 2026-12-07 09:40:00+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "8d41c0e7b2a9"
down_revision: str | None = "276461467c55"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        """
        CREATE FUNCTION kring_resident_skill_limit() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF EXISTS (
                SELECT 1 FROM resident_skill s
                WHERE s.resident_id IN (SELECT resident_id FROM added)
                GROUP BY s.resident_id
                HAVING count(*) > 25
            ) THEN
                RAISE EXCEPTION 'a resident offers at most 25 skills'
                    USING ERRCODE = 'check_violation',
                          CONSTRAINT = 'resident_skill_at_most_25';
            END IF;
            RETURN NULL;
        END;
        $$
        """
    )
    op.execute(
        """
        CREATE TRIGGER resident_skill_at_most_25
        AFTER INSERT ON resident_skill
        REFERENCING NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION kring_resident_skill_limit()
        """
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER resident_skill_at_most_25 ON resident_skill")
    op.execute("DROP FUNCTION kring_resident_skill_limit()")
