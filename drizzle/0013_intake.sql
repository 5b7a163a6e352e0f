CREATE TABLE "raw_message_chunks" (
	"raw_message_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "raw_message_chunks_raw_message_id_seq_pk" PRIMARY KEY("raw_message_id","seq")
);
--> statement-breakpoint
ALTER TABLE "raw_message_chunks" ADD CONSTRAINT "raw_message_chunks_raw_message_id_raw_messages_id_fk" FOREIGN KEY ("raw_message_id") REFERENCES "public"."raw_messages"("id") ON DELETE cascade ON UPDATE no action;
