-- A partner may be required to sign its TAXII requests (HTTP Message Signatures, RFC 9421): when
-- set, a request with only its bearer token is refused. Off for existing partners, so generic TAXII
-- clients keep working until an operator turns it on.
ALTER TABLE "exchange_partners" ADD COLUMN IF NOT EXISTS "require_signed_requests" boolean DEFAULT false NOT NULL;
