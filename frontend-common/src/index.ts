export { ApiClientProvider, createPortalClient, useApiClient } from './api/ApiClientContext';
export { attachmentName, readWithProgress, saveFile } from './api/download';
export { fetchWithUploadProgress } from './api/uploadProgress';
export { categoryKeys, useCategories, type Category } from './api/categories';
export {
  MIN_PLACE_QUERY,
  placeDetail,
  placeKeys,
  useFindPlaces,
  usePlaceSearch,
  type PlaceMatch,
  type PlaceSearchOptions,
} from './api/places';
export { healthKeys, useHealth } from './api/health';
export { createQueryClient } from './api/queryClient';
export { AccountSecurityPage, type AccountSecurityPageProps } from './auth/AccountSecurityPage';
export { ActivatePage } from './auth/ActivatePage';
export {
  activeMembership,
  displayName,
  meKeys,
  membershipsOf,
  needsOrganisationChoice,
  useChangeEmail,
  useChangePassword,
  useMe,
  useUpdateMe,
  type DutchAddress,
  type DutchAddressRead,
  type Me,
  type Membership,
  type MeUpdate,
} from './auth/api/me';
export {
  organisationKeys,
  useChooseOrganisation,
  useMyOrganisations,
} from './auth/api/organisations';
export { securityKeys, useSecurity } from './auth/api/secondFactor';
export {
  sessionKeys,
  useLogin,
  useLogout,
  useRevokeSession,
  useSessions,
} from './auth/api/sessions';
export { isRateLimited, RateLimited, withRetryAfter } from './auth/api/rateLimit';
export { AuthCallToAction } from './auth/AuthCallToAction';
export { ErrorSummary, type SummaryFieldError } from './auth/ErrorSummary';
export { ConfirmEmailPage } from './auth/ConfirmEmailPage';
export { ForgotPasswordPage } from './auth/ForgotPasswordPage';
export { IdentityGuard, type IdentityGuardProps } from './auth/IdentityGuard';
export { withInformalDutch } from './auth/informalDutch';
export { LoginPage, type LoginPageProps } from './auth/LoginPage';
export { nextStep, stepAfter, type LoginEvent, type LoginStep } from './auth/loginFlow';
export { OrganisationChooserPage } from './auth/organisations/OrganisationChooserPage';
export { organisationKindLabel } from './auth/organisations/organisationKind';
export { OrganisationSwitcher } from './auth/organisations/OrganisationSwitcher';
export { AUTH_PATHS, loginPathFor, pathAfterSignIn, safeNextPath, withNext } from './auth/paths';
export {
  isMfaSetupRequired,
  isOrganisationChoiceRequired,
  isStepUpRequired,
  PROBLEM_TYPES,
} from './auth/problems';
export { RequireLogin } from './auth/RequireLogin';
export { ResetPasswordPage } from './auth/ResetPasswordPage';
export { SecondFactorSetupPage } from './auth/SecondFactorSetupPage';
export {
  StepUpCancelled,
  StepUpProvider,
  useConfirmSecondFactor,
  useStepUp,
} from './auth/stepUp/StepUpContext';
export { SignupPage, type SignupPageProps } from './auth/SignupPage';
export { UserMenu, type UserMenuLink, type UserMenuProps } from './auth/UserMenu';
export { VerifyEmailPage } from './auth/VerifyEmailPage';
export {
  formatDate,
  formatDateTime,
  formatDay,
  formatDayMonth,
  formatDeadline,
  formatMoment,
  formatMonth,
  formatShortDate,
  formatTime,
  KRING_TIME_ZONE,
  lastMonthInKring,
  todayInKring,
} from './format/dateTime';
export {
  cellsOfWeek,
  DAY_PARTS,
  dayPartCell,
  dayPartLabel,
  WEEKDAYS,
  weekdayLabel,
  weekOfCells,
  type DayPart,
  type DayPartCell,
  type Week,
  type Weekday,
} from './format/dayParts';
export {
  centsToInput,
  formatMoney,
  MEMBER_DISCOUNT_PERCENT,
  memberPriceCents,
  parseEuros,
} from './format/money';
export {
  formatAverage,
  formatDistance,
  formatFileSize,
  formatNumber,
  formatPercent,
} from './format/numbers';
export { formatPhone } from './format/phone';
export { useFormat } from './format/useFormat';
export {
  ADDITION_MAX,
  addressBody,
  addressForm,
  DUTCH_POSTCODE,
  dutchAddressSchema,
  EMPTY_ADDRESS,
  HOUSE_NUMBER,
  HOUSE_NUMBER_ADDITION,
  isEmptyAddress,
  normalisePostcode,
  type AddressMessages,
  type DutchAddressForm,
} from './forms/address';
export { applyApiFieldErrors } from './forms/applyApiFieldErrors';
export { CharacterCount, COUNTER_BELOW, type CharacterCountProps } from './forms/CharacterCount';
export { FormErrors } from './forms/FormErrors';
export { FormMessage } from './forms/formMessage';
export {
  errorMessage,
  isTooManyRequests,
  rateLimitMessage,
  renameProblemFields,
  summaryFieldErrors,
  type FieldRename,
} from './forms/submitErrors';
export { useFormSubmit, type FormSubmitOptions } from './forms/useFormSubmit';
export { useZodForm } from './forms/useZodForm';
export { createI18n, type AppTranslations } from './i18n/createI18n';
export {
  DEFAULT_LANGUAGE,
  INTL_LOCALES,
  LANGUAGES,
  LANGUAGE_NAMES,
  LANGUAGE_STORAGE_KEY,
  isLanguage,
  toLanguage,
  type Language,
} from './i18n/languages';
export {
  BELGIUM,
  NETHERLANDS,
  NETHERLANDS_BOUNDS,
  type Ring as CountryOutlineRing,
} from './map/countryOutlines';
export {
  areaBounds,
  type Bounds,
  type MapPlace,
  type MapPoint,
  type WorkArea,
  type WorkAreaKind,
  type WorkAreaMapLabels,
  type WorkAreaMapProps,
} from './map/mapArea';
export { MAP_TILES, OSM_TILE_URL, tileSettings, type TileSettings } from './map/mapSettings';
export {
  PeopleFigure,
  WorkAreaFigure,
  type PeopleFigureProps,
  type WorkAreaFigureProps,
} from './map/WorkAreaFigure';
export { ContactButton, type ContactProps } from './profile/ContactButton';
export { DayPartsTable } from './profile/DayPartsTable';
export { ProfileBreadcrumbs, type ProfileLinks } from './profile/ProfileBreadcrumbs';
export { ProfileIntro } from './profile/ProfileIntro';
export { ProfileReviews, type ProfileReviewsProps } from './profile/ProfileReviews';
export { ProfileVideo } from './profile/ProfileVideo';
export { ProfileView, type ProfileViewProps } from './profile/ProfileView';
export { SeenByKring } from './profile/SeenByKring';
export { ServicesTable } from './profile/ServicesTable';
export { RatingSummary, StarRow } from './profile/Stars';
export type {
  ProfileTitleOrder,
  PublicProfile,
  Rating,
  Review,
  ReviewPage,
  ShownProfile,
} from './profile/types';
export { WorkAreaSection } from './profile/WorkAreaSection';
export { KringProviders, type KringProvidersProps } from './providers/KringProviders';
export { KringShell, type KringShellProps, type NavItem } from './shell/KringShell';
export { LanguageSwitch } from './shell/LanguageSwitch';
export { NotFoundPage } from './shell/NotFoundPage';
export { PageHeader, type Crumb, type PageHeaderProps } from './shell/PageHeader';
export { PortalLanding, type PortalLandingProps } from './shell/PortalLanding';
export { PORTALS, portalPath, type Portal } from './shell/portals';
export { ServiceStatus } from './shell/ServiceStatus';
export { startPortal, type PortalOptions } from './shell/startPortal';
export { useDocumentTitle } from './shell/useDocumentTitle';
export { EmptyState } from './states/EmptyState';
export { StatusBadge } from './states/StatusBadge';
export { ErrorState } from './states/ErrorState';
export { LoadingState } from './states/LoadingState';
export { kringTheme } from './theme';
export { DayPartGrid, type DayPartGridProps } from './week/DayPartGrid';
