"""The skills list: 75 skills in ten groups, in Dutch, French and English, kept by staff;
announced as a public list when it changes.

Revision ID: a5776f54455c
Revises: 0ee5feb2eca4
Create Date: 2026-12-06 09:39:20.154769+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kring.kit.db import new_id

revision: str = "a5776f54455c"
down_revision: str | None = "0ee5feb2eca4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The seeded list (75 skills): group, slug, and the name in Dutch, French and English.
SKILLS: tuple[tuple[str, str, str, str, str], ...] = (
    ("household", "schoonmaken", "Schoonmaken", "Nettoyage", "Cleaning"),
    (
        "household",
        "wassen-en-strijken",
        "Wassen en strijken",
        "Lessive et repassage",
        "Laundry and ironing",
    ),
    ("household", "koken", "Koken", "Cuisine", "Cooking"),
    ("household", "maaltijd-brengen", "Maaltijd brengen", "Apporter un repas", "Bringing a meal"),
    ("household", "afwassen", "Afwassen", "Vaisselle", "Washing up"),
    ("household", "bed-verschonen", "Bed verschonen", "Changer les draps", "Changing the bed"),
    ("household", "opruimen", "Opruimen", "Rangement", "Tidying up"),
    ("household", "ramen-lappen", "Ramen lappen", "Laver les vitres", "Window cleaning"),
    ("errands", "boodschappen", "Boodschappen doen", "Faire les courses", "Groceries"),
    (
        "errands",
        "medicijnen-ophalen",
        "Medicijnen ophalen",
        "Aller chercher les médicaments",
        "Collecting medicines",
    ),
    (
        "errands",
        "vervoer-naar-afspraak",
        "Vervoer naar een afspraak",
        "Transport vers un rendez-vous",
        "Lift to an appointment",
    ),
    (
        "errands",
        "begeleiding-ziekenhuis",
        "Begeleiding naar het ziekenhuis",
        "Accompagnement à l'hôpital",
        "Going along to hospital",
    ),
    ("errands", "post-wegbrengen", "Post wegbrengen", "Poster le courrier", "Posting letters"),
    (
        "errands",
        "rolstoel-duwen",
        "Rolstoel duwen",
        "Pousser un fauteuil roulant",
        "Pushing a wheelchair",
    ),
    (
        "errands",
        "samen-fietsen",
        "Samen fietsen (duofiets)",
        "Vélo ensemble (vélo duo)",
        "Cycling together (duo bike)",
    ),
    ("company", "gezelschap", "Gezelschap", "Compagnie", "Company"),
    ("company", "wandelen", "Wandelen", "Promenade", "Going for a walk"),
    (
        "company",
        "koffie-en-praatje",
        "Koffie drinken en praten",
        "Prendre un café et discuter",
        "Coffee and a chat",
    ),
    ("company", "spelletjes", "Spelletjes spelen", "Jeux de société", "Playing games"),
    ("company", "voorlezen", "Voorlezen", "Lecture à voix haute", "Reading aloud"),
    (
        "company",
        "telefonisch-contact",
        "Telefonisch contact",
        "Appels réguliers",
        "Regular phone calls",
    ),
    ("company", "uitstapje", "Uitstapje maken", "Sortie", "A day out"),
    (
        "company",
        "samen-muziek-maken",
        "Samen muziek maken",
        "Faire de la musique ensemble",
        "Making music together",
    ),
    ("company", "handwerken", "Handwerken", "Travaux manuels", "Crafts and needlework"),
    (
        "company",
        "gebedshuis",
        "Naar de kerk, moskee of tempel",
        "Accompagner au lieu de culte",
        "Going to a place of worship",
    ),
    ("company", "samen-sporten", "Samen sporten", "Faire du sport ensemble", "Exercising together"),
    (
        "personal_care",
        "hulp-bij-aankleden",
        "Hulp bij aankleden",
        "Aide à l'habillage",
        "Help with dressing",
    ),
    ("personal_care", "haren-verzorgen", "Haren verzorgen", "Coiffer", "Hair care"),
    ("personal_care", "hulp-bij-eten", "Hulp bij eten", "Aide aux repas", "Help with eating"),
    (
        "personal_care",
        "medicijnen-herinneren",
        "Herinneren aan medicijnen",
        "Rappel des médicaments",
        "Medicine reminders",
    ),
    (
        "personal_care",
        "oppas-bij-dementie",
        "Oppas bij iemand met dementie",
        "Présence auprès d'une personne atteinte de démence",
        "Sitting with someone with dementia",
    ),
    (
        "personal_care",
        "mantelzorger-ontlasten",
        "Mantelzorger ontlasten",
        "Relayer un aidant proche",
        "Respite for a carer",
    ),
    ("personal_care", "nachtoppas", "Nachtoppas", "Garde de nuit", "Night sitting"),
    (
        "paperwork",
        "post-en-administratie",
        "Post en administratie",
        "Courrier et administration",
        "Mail and paperwork",
    ),
    (
        "paperwork",
        "formulieren-invullen",
        "Formulieren invullen",
        "Remplir des formulaires",
        "Filling in forms",
    ),
    ("paperwork", "belastingaangifte", "Belastingaangifte", "Déclaration d'impôts", "Tax return"),
    ("paperwork", "budget-bijhouden", "Budget bijhouden", "Gérer un budget", "Keeping a budget"),
    (
        "paperwork",
        "brieven-uitleggen",
        "Brieven voorlezen en uitleggen",
        "Lire et expliquer les lettres",
        "Reading and explaining letters",
    ),
    (
        "paperwork",
        "toeslagen-aanvragen",
        "Toeslagen en uitkeringen aanvragen",
        "Demander des allocations",
        "Applying for benefits",
    ),
    (
        "paperwork",
        "afspraken-plannen",
        "Afspraken plannen",
        "Planifier des rendez-vous",
        "Planning appointments",
    ),
    ("digital", "computerhulp", "Computerhulp", "Aide informatique", "Computer help"),
    (
        "digital",
        "smartphone-uitleg",
        "Uitleg smartphone of tablet",
        "Aide smartphone ou tablette",
        "Smartphone or tablet help",
    ),
    ("digital", "videobellen", "Videobellen", "Appels vidéo", "Video calls"),
    (
        "digital",
        "online-overheid",
        "DigiD en online overheidszaken",
        "Démarches en ligne (itsme, eID)",
        "Online ID and government websites",
    ),
    ("digital", "internetbankieren", "Internetbankieren", "Banque en ligne", "Online banking"),
    (
        "digital",
        "apparaten-installeren",
        "Apparaten installeren",
        "Installer des appareils",
        "Setting up devices",
    ),
    ("digital", "online-bestellen", "Online bestellen", "Commander en ligne", "Ordering online"),
    (
        "digital",
        "tv-en-radio",
        "Televisie en radio instellen",
        "Régler la télévision et la radio",
        "Setting up TV and radio",
    ),
    ("lessons", "nederlandse-les", "Nederlandse les", "Cours de néerlandais", "Dutch lessons"),
    ("lessons", "franse-les", "Franse les", "Cours de français", "French lessons"),
    ("lessons", "taalmaatje", "Taalmaatje", "Parrain linguistique", "Language buddy"),
    ("lessons", "huiswerkbegeleiding", "Huiswerkbegeleiding", "Aide aux devoirs", "Homework help"),
    (
        "lessons",
        "lezen-en-schrijven",
        "Lezen en schrijven oefenen",
        "Apprendre à lire et à écrire",
        "Reading and writing practice",
    ),
    ("lessons", "rekenen", "Rekenen", "Calcul", "Maths help"),
    ("lessons", "muziekles", "Muziekles", "Cours de musique", "Music lessons"),
    (
        "lessons",
        "vertalen-en-tolken",
        "Vertalen en tolken",
        "Traduction et interprétation",
        "Translating and interpreting",
    ),
    ("odd_jobs", "kleine-klussen", "Kleine klussen", "Petits travaux", "Small jobs"),
    (
        "odd_jobs",
        "lamp-ophangen",
        "Lamp of schilderij ophangen",
        "Accrocher une lampe ou un tableau",
        "Hanging a lamp or picture",
    ),
    (
        "odd_jobs",
        "meubels-monteren",
        "Meubels in elkaar zetten",
        "Monter des meubles",
        "Assembling furniture",
    ),
    (
        "odd_jobs",
        "schilderen-en-behangen",
        "Schilderen en behangen",
        "Peinture et tapisserie",
        "Painting and wallpapering",
    ),
    ("odd_jobs", "fiets-repareren", "Fiets repareren", "Réparer un vélo", "Bike repairs"),
    (
        "odd_jobs",
        "helpen-verhuizen",
        "Helpen verhuizen",
        "Aide au déménagement",
        "Help with moving",
    ),
    (
        "odd_jobs",
        "naaien-en-verstellen",
        "Naaien en verstellen",
        "Couture et retouches",
        "Sewing and mending",
    ),
    (
        "odd_jobs",
        "grofvuil-wegbrengen",
        "Grofvuil wegbrengen",
        "Évacuer les encombrants",
        "Taking away bulky waste",
    ),
    ("garden_pets", "tuinieren", "Tuinieren", "Jardinage", "Gardening"),
    ("garden_pets", "gras-maaien", "Gras maaien", "Tondre la pelouse", "Mowing the lawn"),
    (
        "garden_pets",
        "planten-water-geven",
        "Planten water geven",
        "Arroser les plantes",
        "Watering plants",
    ),
    ("garden_pets", "hond-uitlaten", "Hond uitlaten", "Promener le chien", "Walking the dog"),
    (
        "garden_pets",
        "huisdier-verzorgen",
        "Huisdier verzorgen",
        "S'occuper d'un animal",
        "Pet care",
    ),
    ("garden_pets", "sneeuw-ruimen", "Sneeuw ruimen", "Déneiger", "Clearing snow"),
    ("family", "oppassen", "Oppassen", "Garde d'enfants", "Babysitting"),
    (
        "family",
        "kinderen-naar-school",
        "Kinderen naar school brengen",
        "Conduire les enfants à l'école",
        "School runs",
    ),
    (
        "family",
        "spelen-met-kinderen",
        "Spelen met kinderen",
        "Jouer avec les enfants",
        "Playing with children",
    ),
    (
        "family",
        "steun-voor-gezin",
        "Steun voor een gezin",
        "Soutien à une famille",
        "Supporting a family",
    ),
    ("family", "hulp-met-baby", "Helpen met een baby", "Aide avec un bébé", "Help with a baby"),
)


def upgrade() -> None:
    op.create_table(
        "skill",
        sa.Column("slug", sa.String(length=60), nullable=False),
        sa.Column("skill_group", sa.String(length=20), nullable=False),
        sa.Column("name_nl", sa.String(length=100), nullable=False),
        sa.Column("name_fr", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "modified_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "skill_group IN ('household', 'errands', 'company', 'personal_care', 'paperwork',"
            " 'digital', 'lessons', 'odd_jobs', 'garden_pets', 'family')",
            name=op.f("ck_skill_group_known"),
        ),
        sa.CheckConstraint("slug ~ '^[a-z0-9-]{2,60}$'", name=op.f("ck_skill_slug_format")),
        sa.CheckConstraint(
            "char_length(btrim(name_nl)) BETWEEN 1 AND 100"
            " AND char_length(btrim(name_fr)) BETWEEN 1 AND 100"
            " AND char_length(btrim(name_en)) BETWEEN 1 AND 100",
            name=op.f("ck_skill_names_length"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill")),
        sa.UniqueConstraint("slug", name=op.f("uq_skill_slug")),
    )
    skill = sa.table(
        "skill",
        sa.column("id", sa.Uuid()),
        sa.column("slug", sa.String()),
        sa.column("skill_group", sa.String()),
        sa.column("name_nl", sa.String()),
        sa.column("name_fr", sa.String()),
        sa.column("name_en", sa.String()),
        sa.column("position", sa.Integer()),
    )
    positions: dict[str, int] = {}
    rows = []
    for group, slug, name_nl, name_fr, name_en in SKILLS:
        positions[group] = positions.get(group, 0) + 1
        rows.append(
            {
                "id": new_id(),
                "slug": slug,
                "skill_group": group,
                "name_nl": name_nl,
                "name_fr": name_fr,
                "name_en": name_en,
                "position": positions[group],
            }
        )
    op.bulk_insert(skill, rows)
    op.execute(
        """
        CREATE TRIGGER skill_public_list_changed
        AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON skill
        FOR EACH STATEMENT EXECUTE FUNCTION kring_public_list_changed('skills')
        """
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER skill_public_list_changed ON skill")
    op.drop_table("skill")
