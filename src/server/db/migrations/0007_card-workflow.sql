CREATE TABLE "card_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"policy" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_card_workflows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"card_code" text NOT NULL,
	"year" integer NOT NULL,
	"state" text NOT NULL,
	"workflow" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "card_policies" ADD CONSTRAINT "card_policies_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_card_workflows" ADD CONSTRAINT "evaluation_card_workflows_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_card_workflows" ADD CONSTRAINT "evaluation_card_workflows_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "card_policies_key" ON "card_policies" USING btree ("entity_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_card_workflows_key" ON "evaluation_card_workflows" USING btree ("plan_id","card_code");--> statement-breakpoint
CREATE INDEX "evaluation_card_workflows_entity" ON "evaluation_card_workflows" USING btree ("entity_id","year");