"""Contains all the data models used in inputs/outputs"""

from .account_info import AccountInfo
from .auth_token import AuthToken
from .auth_token_request import AuthTokenRequest
from .bill_info import BillInfo
from .bill_payment_info import BillPaymentInfo
from .business_info import BusinessInfo
from .business_tax_account_config import BusinessTaxAccountConfig
from .chargebee_checkout_request import ChargebeeCheckoutRequest
from .chargebee_customer import ChargebeeCustomer
from .chargebee_hosted_page import ChargebeeHostedPage
from .chargebee_portal_request import ChargebeePortalRequest
from .chargebee_portal_session import ChargebeePortalSession
from .check_registry_info import CheckRegistryInfo
from .contact_group_info import ContactGroupInfo
from .contact_info import ContactInfo
from .contact_information_info import ContactInformationInfo
from .contract_invoice_info import ContractInvoiceInfo
from .create_subscription_request import CreateSubscriptionRequest
from .import_records_request import ImportRecordsRequest
from .inventory_item_info import InventoryItemInfo
from .invoice_info import InvoiceInfo
from .invoice_like_fields import InvoiceLikeFields
from .invoice_payment_info import InvoicePaymentInfo
from .journal_entry_info import JournalEntryInfo
from .legacy_tax_entry_info import LegacyTaxEntryInfo
from .legacy_tax_info import LegacyTaxInfo
from .line_item_info import LineItemInfo
from .link_info import LinkInfo
from .mfa_request import MfaRequest
from .month_enum import MonthEnum
from .o_auth_2_token import OAuth2Token
from .o_auth_2_token_request import OAuth2TokenRequest
from .payment_allocation_in import PaymentAllocationIn
from .payment_allocation_out import PaymentAllocationOut
from .payment_fields import PaymentFields
from .payment_processor_type import PaymentProcessorType
from .period_info import PeriodInfo
from .plan_info import PlanInfo
from .record_attachment_info import RecordAttachmentInfo
from .record_base import RecordBase
from .record_info import RecordInfo
from .record_summary_fields import RecordSummaryFields
from .record_tax_amount import RecordTaxAmount
from .record_type import RecordType
from .region_info import RegionInfo
from .send_invoice_request import SendInvoiceRequest
from .send_invoice_result import SendInvoiceResult
from .sequence_info import SequenceInfo
from .subscription import Subscription
from .subscription_response import SubscriptionResponse
from .tax_composite_info import TaxCompositeInfo
from .tax_configuration_info import TaxConfigurationInfo
from .tax_rate_info import TaxRateInfo
from .transfer_date import TransferDate
from .transfer_info import TransferInfo
from .unverified_signup_request import UnverifiedSignupRequest
from .user_info import UserInfo
from .verified_signup_request import VerifiedSignupRequest

__all__ = (
    "AccountInfo",
    "AuthToken",
    "AuthTokenRequest",
    "BillInfo",
    "BillPaymentInfo",
    "BusinessInfo",
    "BusinessTaxAccountConfig",
    "ChargebeeCheckoutRequest",
    "ChargebeeCustomer",
    "ChargebeeHostedPage",
    "ChargebeePortalRequest",
    "ChargebeePortalSession",
    "CheckRegistryInfo",
    "ContactGroupInfo",
    "ContactInfo",
    "ContactInformationInfo",
    "ContractInvoiceInfo",
    "CreateSubscriptionRequest",
    "ImportRecordsRequest",
    "InventoryItemInfo",
    "InvoiceInfo",
    "InvoiceLikeFields",
    "InvoicePaymentInfo",
    "JournalEntryInfo",
    "LegacyTaxEntryInfo",
    "LegacyTaxInfo",
    "LineItemInfo",
    "LinkInfo",
    "MfaRequest",
    "MonthEnum",
    "OAuth2Token",
    "OAuth2TokenRequest",
    "PaymentAllocationIn",
    "PaymentAllocationOut",
    "PaymentFields",
    "PaymentProcessorType",
    "PeriodInfo",
    "PlanInfo",
    "RecordAttachmentInfo",
    "RecordBase",
    "RecordInfo",
    "RecordSummaryFields",
    "RecordTaxAmount",
    "RecordType",
    "RegionInfo",
    "SendInvoiceRequest",
    "SendInvoiceResult",
    "SequenceInfo",
    "Subscription",
    "SubscriptionResponse",
    "TaxCompositeInfo",
    "TaxConfigurationInfo",
    "TaxRateInfo",
    "TransferDate",
    "TransferInfo",
    "UnverifiedSignupRequest",
    "UserInfo",
    "VerifiedSignupRequest",
)
