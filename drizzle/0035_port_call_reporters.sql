-- Actual arrival and departure events set a vessel call's ATA and ATD: each call names the sender
-- whose report set them (only that sender's later actual report moves them), and a transport
-- event keeps its transport call's voyage in the other direction, under which the call may be filed.
ALTER TABLE "transport_events" ADD COLUMN "other_voyage_number" text;--> statement-breakpoint
ALTER TABLE "port_calls" ADD COLUMN "ata_sender" text;--> statement-breakpoint
ALTER TABLE "port_calls" ADD COLUMN "atd_sender" text;
