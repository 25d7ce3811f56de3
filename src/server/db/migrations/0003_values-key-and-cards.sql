CREATE TABLE "evaluation_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"code" text NOT NULL,
	"year" integer NOT NULL,
	"person_code" text NOT NULL,
	"role" text NOT NULL,
	"data" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "measure_values_key";--> statement-breakpoint
ALTER TABLE "evaluation_cards" ADD CONSTRAINT "evaluation_cards_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_cards" ADD CONSTRAINT "evaluation_cards_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_cards_plan_code" ON "evaluation_cards" USING btree ("plan_id","code");--> statement-breakpoint
CREATE INDEX "evaluation_cards_entity" ON "evaluation_cards" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "measure_values_key" ON "measure_values" USING btree ("plan_id","measure_code","year","period_code");