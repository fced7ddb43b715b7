"""The evidence of a Wlz signature: the SHA-256 of an order's canonical content (what a
signature binds), Kring's signing identity (a configured certificate and key; a self-signed one
made on first use in development and tests), and the PAdES signature of the signed PDF."""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from kring.config import Settings
from kring.models.order import AssistiveOrder

CONTENT_VERSION = 1
SIGNATURE_FIELD = "KringSignature"
# Room for the CMS signature: an ECDSA signature with Kring's certificate (and a chain of a
# few certificates in production). Reserving it skips pyHanko's trial signature (half the time).
SIGNATURE_BYTES_RESERVED = 16_384


def canonical_content(order: AssistiveOrder) -> bytes:
    """What is asked, for whom, where and by whom, as canonical JSON (sorted keys, no spaces,
    UTF-8): the status and the branch's dates are not part of it."""

    def address(prefix: str) -> dict[str, Any] | None:
        street = getattr(order, f"{prefix}_street")
        if street is None:
            return None
        return {
            "street": street,
            "house_number": getattr(order, f"{prefix}_house_number"),
            "addition": getattr(order, f"{prefix}_house_number_addition"),
            "postcode": getattr(order, f"{prefix}_postcode"),
            "city": getattr(order, f"{prefix}_city"),
        }

    def text(value: Any) -> str | None:
        return None if value is None else str(value)

    content = {
        "version": CONTENT_VERSION,
        "number": order.number,
        "kind": order.kind,
        "organisation_id": text(order.organisation_id),
        "branch_id": text(order.branch_id),
        "client": {
            "name": order.client_name,
            "birth_date": order.client_birth_date.isoformat(),
            "address": address("client"),
        },
        "delivery_address": address("delivery"),
        "contact": {"name": order.contact_name, "phone": order.contact_phone},
        "wlz_indication": order.wlz_indication,
        "device_id": text(order.device_id),
        "option_id": text(order.option_id),
        "rental_order_id": text(order.rental_order_id),
        "description": order.description,
        "desired_date": order.desired_date.isoformat(),
        "notes": order.notes,
    }
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_sha256(order: AssistiveOrder) -> bytes:
    return hashlib.sha256(canonical_content(order)).digest()


@dataclass(frozen=True)
class SigningIdentity:
    """Kring's certificate and key, as pyHanko signs with them."""

    signer: signers.SimpleSigner
    certificate_der: bytes


def _self_signed(directory: Path) -> tuple[Path, Path]:
    """A development certificate, made once: written to temporary files and linked into place,
    so two processes starting together end up with the same one."""
    certificate_path, key_path = directory / "certificate.pem", directory / "key.pem"
    if certificate_path.exists() and key_path.exists():
        return certificate_path, key_path
    directory.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Kring signing (development)"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Kring"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "NL"),
        ]
    )
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    certificate_pem = certificate.public_bytes(serialization.Encoding.PEM)
    # The key first: a certificate in place always has its key next to it.
    for path, data in ((key_path, key_pem), (certificate_path, certificate_pem)):
        handle, temporary = tempfile.mkstemp(dir=directory)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o600)
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass  # another process was first: theirs stays
        finally:
            os.unlink(temporary)
    return certificate_path, key_path


@lru_cache(maxsize=4)
def _identity(certificate_path: Path, key_path: Path) -> SigningIdentity:
    certificate = x509.load_pem_x509_certificate(certificate_path.read_bytes())
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    certificate_der = certificate.public_bytes(serialization.Encoding.DER)
    key_der = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(certificate_der),
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore(),  # type: ignore[no-untyped-call]
    )
    return SigningIdentity(signer=signer, certificate_der=certificate_der)


def signing_identity(settings: Settings) -> SigningIdentity:
    """The configured certificate and key; without them, the development one under `var/`."""
    if settings.signing_certificate_path and settings.signing_key_path:
        return _identity(settings.signing_certificate_path, settings.signing_key_path)
    return _identity(*_self_signed(settings.var_dir / "signing"))


def pades_sign(identity: SigningIdentity, pdf: bytes, reason: str, signer_name: str) -> bytes:
    """The PDF with a PAdES baseline signature by Kring's certificate (an incremental update)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    metadata = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        name=signer_name,
        location="Kring",
    )
    out = signers.sign_pdf(
        writer, metadata, signer=identity.signer, bytes_reserved=SIGNATURE_BYTES_RESERVED
    )
    return bytes(out.getvalue())
