-- PostgreSQL copy of prisma/migrations/20261207150000_suggestion_decisions (written by prisma migrate diff).

-- CreateTable
CREATE TABLE "SuggestionDecision" (
    "commitmentId" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "decision" TEXT NOT NULL DEFAULT 'NOT_RELATED',
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionDecision_pkey" PRIMARY KEY ("commitmentId","recommendationId")
);

-- CreateIndex
CREATE INDEX "SuggestionDecision_recommendationId_idx" ON "SuggestionDecision"("recommendationId");

-- AddForeignKey
ALTER TABLE "SuggestionDecision" ADD CONSTRAINT "SuggestionDecision_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionDecision" ADD CONSTRAINT "SuggestionDecision_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
