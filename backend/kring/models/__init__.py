"""All SQLAlchemy models, imported here so Alembic and the mappers see every table."""

from kring.models.api_client import ApiClient
from kring.models.audit import AuditEvent
from kring.models.callout import (
    Callout,
    CalloutAnswer,
    CalloutNeighbourhood,
    CalloutQuestion,
)
from kring.models.catalogue import AssistiveDevice, AssistiveDeviceOption
from kring.models.concierge import (
    ConciergeCase,
    ConciergeCost,
    ConciergeOption,
    ConciergeSubscription,
)
from kring.models.contact import ContactRequest, Review
from kring.models.correspondence import CorrespondenceMessage, CorrespondenceThread
from kring.models.dossier import (
    Dossier,
    DossierProxy,
    DossierSkill,
    DossierStatusChange,
    DossierTransfer,
)
from kring.models.helper import HelperProfile, HelperWorkPlace
from kring.models.invoice import Invoice, InvoiceLine
from kring.models.match import CalendarFeed, Engagement, MatchProposal
from kring.models.mfa import MfaChallenge, MfaFactor, RecoveryCode
from kring.models.neighbour_message import (
    Conversation,
    ConversationMember,
    NeighbourhoodReport,
    NeighbourMessage,
    PersonBlock,
)
from kring.models.neighbourhood import (
    LocalOrganisation,
    Neighbourhood,
    NeighbourhoodArea,
    NeighbourhoodInvite,
    NeighbourhoodServiceOrganisation,
    NeighbourhoodWorker,
    Resident,
    ResidentSkill,
)
from kring.models.neighbourhood_post import NeighbourhoodPost, NeighbourhoodReply
from kring.models.order import AssistiveOrder, OrderEvent
from kring.models.organisation import Membership, Organisation, OrganisationKind
from kring.models.outbox import OutboxMessage, OutboxStatus
from kring.models.partner import PartnerAccessRequest, PartnerAccessStatus
from kring.models.payment import Payment, PaymentStatus, SandboxPayment
from kring.models.place import Place, PlaceName
from kring.models.project import Project, ProjectMember, Shift
from kring.models.promotion import (
    PromotionRequest,
    ProviderInvoice,
)
from kring.models.provider import (
    Category,
    ProviderCategory,
    ProviderFiscalRecord,
    ProviderProfile,
    ProviderService,
    ProviderWorkPlace,
)
from kring.models.session import ActionToken, TokenPurpose, UserSession
from kring.models.signature import OrderRefusal, OrderSignature
from kring.models.skill import Skill, SkillGroup
from kring.models.timesheet import (
    EntryStatus,
    HoursNotice,
    PaymentRun,
    PaymentRunLine,
    TimesheetEntry,
)
from kring.models.user import StaffRole, User, UserStatus

__all__ = [
    "ActionToken",
    "ApiClient",
    "AssistiveDevice",
    "AssistiveDeviceOption",
    "AssistiveOrder",
    "AuditEvent",
    "CalendarFeed",
    "Callout",
    "CalloutAnswer",
    "CalloutNeighbourhood",
    "CalloutQuestion",
    "Category",
    "ConciergeCase",
    "ConciergeCost",
    "ConciergeOption",
    "ConciergeSubscription",
    "ContactRequest",
    "Conversation",
    "ConversationMember",
    "CorrespondenceMessage",
    "CorrespondenceThread",
    "Dossier",
    "DossierProxy",
    "DossierSkill",
    "DossierStatusChange",
    "DossierTransfer",
    "Engagement",
    "EntryStatus",
    "HelperProfile",
    "HelperWorkPlace",
    "HoursNotice",
    "Invoice",
    "InvoiceLine",
    "LocalOrganisation",
    "MatchProposal",
    "Membership",
    "MfaChallenge",
    "MfaFactor",
    "NeighbourMessage",
    "Neighbourhood",
    "NeighbourhoodArea",
    "NeighbourhoodInvite",
    "NeighbourhoodPost",
    "NeighbourhoodReply",
    "NeighbourhoodReport",
    "NeighbourhoodServiceOrganisation",
    "NeighbourhoodWorker",
    "OrderEvent",
    "OrderRefusal",
    "OrderSignature",
    "Organisation",
    "OrganisationKind",
    "OutboxMessage",
    "OutboxStatus",
    "PartnerAccessRequest",
    "PartnerAccessStatus",
    "Payment",
    "PaymentRun",
    "PaymentRunLine",
    "PaymentStatus",
    "PersonBlock",
    "Place",
    "PlaceName",
    "Project",
    "ProjectMember",
    "PromotionRequest",
    "ProviderCategory",
    "ProviderFiscalRecord",
    "ProviderInvoice",
    "ProviderProfile",
    "ProviderService",
    "ProviderWorkPlace",
    "RecoveryCode",
    "Resident",
    "ResidentSkill",
    "Review",
    "SandboxPayment",
    "Shift",
    "Skill",
    "SkillGroup",
    "StaffRole",
    "TimesheetEntry",
    "TokenPurpose",
    "User",
    "UserSession",
    "UserStatus",
]
