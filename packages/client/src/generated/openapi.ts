/**
 * Generated from the server's OpenAPI document by `pnpm --filter @tessera/client generate`.
 * Do not edit: a test fails when this file differs from a fresh generation.
 */

export interface paths {
    "/api/v1/accountability-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accountability-lines
         * @description A line of accountability: who accounts to whom, and on what authority
         */
        get: operations["listAccountabilityLines"];
        put?: never;
        /** Create a accountability-line */
        post: operations["createAccountabilityLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accountability-lines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a accountability-line */
        get: operations["getAccountabilityLine"];
        put?: never;
        post?: never;
        /**
         * Delete a accountability-line
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteAccountabilityLine"];
        options?: never;
        head?: never;
        /**
         * Change a accountability-line
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateAccountabilityLine"];
        trace?: never;
    };
    "/api/v1/alignment-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List alignment-links
         * @description A link from a strategy, plan or priority to the national priority it addresses
         */
        get: operations["listAlignmentLinks"];
        put?: never;
        /** Create a alignment-link */
        post: operations["createAlignmentLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alignment-links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a alignment-link */
        get: operations["getAlignmentLink"];
        put?: never;
        post?: never;
        /**
         * Delete a alignment-link
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteAlignmentLink"];
        options?: never;
        head?: never;
        /**
         * Change a alignment-link
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateAlignmentLink"];
        trace?: never;
    };
    "/api/v1/assessment-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List assessment-decisions
         * @description A Regional Medical Team's decision (review, return for changes, sign off) on an assurance return or business plan, made at the hub
         */
        get: operations["listAssessmentDecisions"];
        put?: never;
        /** Create a assessment-decision */
        post: operations["createAssessmentDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a assessment-decision */
        get: operations["getAssessmentDecision"];
        put?: never;
        post?: never;
        /**
         * Delete a assessment-decision
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteAssessmentDecision"];
        options?: never;
        head?: never;
        /**
         * Change a assessment-decision
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateAssessmentDecision"];
        trace?: never;
    };
    "/api/v1/assurance-returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List assurance-returns
         * @description A quarterly assurance return: deliverables and metrics with RAG ratings, through draft -> submitted -> reviewed -> signed off
         */
        get: operations["listAssuranceReturns"];
        put?: never;
        /** Create a assurance-return */
        post: operations["createAssuranceReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assurance-returns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a assurance-return */
        get: operations["getAssuranceReturn"];
        put?: never;
        post?: never;
        /**
         * Delete a assurance-return
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteAssuranceReturn"];
        options?: never;
        head?: never;
        /**
         * Change a assurance-return
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateAssuranceReturn"];
        trace?: never;
    };
    "/api/v1/assurance-returns/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The assessed state of a quarterly assurance return
         * @description The record's status with the Regional Medical Team's decisions on its current submission (hub records: at a region, as of its last pull), what the team may do next, and the decisions not yet applied by the record's owner.
         */
        get: operations["getAssuranceReturnAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assurance-returns/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return for changes (comment required) a submitted or reviewed quarterly assurance return (the Regional Medical Team, at the hub)
         * @description Needs an `assessor` token whose region is the network's, at the hub. AHSN and Clinical Network business plans and quarterly assurance returns are assessed by the Regional Medical Team of their NHS England region, at the hub (annex G 59.b: "assessed by Regional Medical Teams through business planning sign off and quarterly assurance processes"). The decision is a hub record; the region applies it after its next pull. The region's own tokens get 403; an illegal step 409.
         */
        post: operations["returnAssuranceReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assurance-returns/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Review a submitted quarterly assurance return (the Regional Medical Team, at the hub)
         * @description Needs an `assessor` token whose region is the network's, at the hub. AHSN and Clinical Network business plans and quarterly assurance returns are assessed by the Regional Medical Team of their NHS England region, at the hub (annex G 59.b: "assessed by Regional Medical Teams through business planning sign off and quarterly assurance processes"). The decision is a hub record; the region applies it after its next pull. The region's own tokens get 403; an illegal step 409.
         */
        post: operations["reviewAssuranceReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assurance-returns/{id}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign off a reviewed quarterly assurance return (the Regional Medical Team, at the hub)
         * @description Needs an `assessor` token whose region is the network's, at the hub. AHSN and Clinical Network business plans and quarterly assurance returns are assessed by the Regional Medical Team of their NHS England region, at the hub (annex G 59.b: "assessed by Regional Medical Teams through business planning sign off and quarterly assurance processes"). The decision is a hub record; the region applies it after its next pull. The region's own tokens get 403; an illegal step 409.
         */
        post: operations["signOffAssuranceReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assurance-returns/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a draft return for review
         * @description Needs role editor. Records who took the step and when in the return's history; an illegal step answers 409 and changes nothing.
         */
        post: operations["submitAssuranceReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/board-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List board-members
         * @description A member of a Governing Board and the organisation they represent
         */
        get: operations["listBoardMembers"];
        put?: never;
        /** Create a board-member */
        post: operations["createBoardMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/board-members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a board-member */
        get: operations["getBoardMember"];
        put?: never;
        post?: never;
        /**
         * Delete a board-member
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteBoardMember"];
        options?: never;
        head?: never;
        /**
         * Change a board-member
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateBoardMember"];
        trace?: never;
    };
    "/api/v1/board-shared-membership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shared membership of the two Governing Boards
         * @description Who sits on both national Governing Boards (by opaque person reference, no names), and whether the shared membership is sufficient (rec 3).
         */
        get: operations["getBoardSharedMembership"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List business-plans
         * @description A network's annual business plan with its deliverables and metrics
         */
        get: operations["listBusinessPlans"];
        put?: never;
        /** Create a business-plan */
        post: operations["createBusinessPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a business-plan */
        get: operations["getBusinessPlan"];
        put?: never;
        post?: never;
        /**
         * Delete a business-plan
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteBusinessPlan"];
        options?: never;
        head?: never;
        /**
         * Change a business-plan
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateBusinessPlan"];
        trace?: never;
    };
    "/api/v1/business-plans/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The assessed state of a business plan
         * @description The record's status with the Regional Medical Team's decisions on its current submission (hub records: at a region, as of its last pull), what the team may do next, and the decisions not yet applied by the record's owner.
         */
        get: operations["getBusinessPlanAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-plans/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return for changes (comment required) a submitted or reviewed business plan (the Regional Medical Team, at the hub)
         * @description Needs an `assessor` token whose region is the network's, at the hub. AHSN and Clinical Network business plans and quarterly assurance returns are assessed by the Regional Medical Team of their NHS England region, at the hub (annex G 59.b: "assessed by Regional Medical Teams through business planning sign off and quarterly assurance processes"). The decision is a hub record; the region applies it after its next pull. The region's own tokens get 403; an illegal step 409.
         */
        post: operations["returnBusinessPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-plans/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Review a submitted business plan (the Regional Medical Team, at the hub)
         * @description Needs an `assessor` token whose region is the network's, at the hub. AHSN and Clinical Network business plans and quarterly assurance returns are assessed by the Regional Medical Team of their NHS England region, at the hub (annex G 59.b: "assessed by Regional Medical Teams through business planning sign off and quarterly assurance processes"). The decision is a hub record; the region applies it after its next pull. The region's own tokens get 403; an illegal step 409.
         */
        post: operations["reviewBusinessPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-plans/{id}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign off a reviewed business plan (the Regional Medical Team, at the hub)
         * @description Needs an `assessor` token whose region is the network's, at the hub. AHSN and Clinical Network business plans and quarterly assurance returns are assessed by the Regional Medical Team of their NHS England region, at the hub (annex G 59.b: "assessed by Regional Medical Teams through business planning sign off and quarterly assurance processes"). The decision is a hub record; the region applies it after its next pull. The region's own tokens get 403; an illegal step 409.
         */
        post: operations["signOffBusinessPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-plans/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a business plan for sign-off by the Regional Medical Team
         * @description Needs role editor at the instance that owns the plan. A plan needs at least one deliverable. The plan is then locked until the team returns it for changes.
         */
        post: operations["submitBusinessPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/capability-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List capability-assessments
         * @description Baseline improvement capability (or leadership development) of an organisation for one staff group and level: headcount, trained and target
         */
        get: operations["listCapabilityAssessments"];
        put?: never;
        /** Create a capability-assessment */
        post: operations["createCapabilityAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/capability-assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a capability-assessment */
        get: operations["getCapabilityAssessment"];
        put?: never;
        post?: never;
        /**
         * Delete a capability-assessment
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteCapabilityAssessment"];
        options?: never;
        head?: never;
        /**
         * Change a capability-assessment
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateCapabilityAssessment"];
        trace?: never;
    };
    "/api/v1/capability-baseline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The improvement-capability baseline, rolled up
         * @description Latest assessment per organisation, staff group (para 93) and level, rolled up organisation -> AHSN -> region -> England, with coverage (organisations that have assessed) and gaps to target (rec 9.i).
         */
        get: operations["getCapabilityBaseline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/capability-funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Variation in improvement capability between organisations
         * @description Share trained for one staff group and level, per organisation (or AHSN, region), against funnel limits (95%, 99.8%).
         */
        get: operations["getCapabilityFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coaches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List coaches
         * @description A coach or mentor on the coaching and mentoring register
         */
        get: operations["listCoaches"];
        put?: never;
        /** Create a coach */
        post: operations["createCoach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coaches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a coach */
        get: operations["getCoach"];
        put?: never;
        post?: never;
        /**
         * Delete a coach
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteCoach"];
        options?: never;
        head?: never;
        /**
         * Change a coach
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateCoach"];
        trace?: never;
    };
    "/api/v1/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cohorts
         * @description A cohort of a leadership programme delivered by a Local Delivery Partner
         */
        get: operations["listCohorts"];
        put?: never;
        /** Create a cohort */
        post: operations["createCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cohorts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a cohort */
        get: operations["getCohort"];
        put?: never;
        post?: never;
        /**
         * Delete a cohort
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteCohort"];
        options?: never;
        head?: never;
        /**
         * Change a cohort
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateCohort"];
        trace?: never;
    };
    "/api/v1/coterminosity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Coterminosity of clinical network and AHSN boundaries
         * @description How far the clinical network geographies and the AHSN footprints coincide, through their member organisations (rec 11, annex G 59.b).
         */
        get: operations["getCoterminosity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cross-alignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alignment of the two national strategies
         * @description Which improvement priorities are aligned with which leadership priorities, and which have no counterpart (rec 1). Name the strategies when there is more than one of a kind.
         */
        get: operations["getCrossAlignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diversity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Diversity of participants or talent-pool members, suppressed
         * @description Counts by group and category of a protected characteristic, with small-number suppression (1 to threshold-1, default 10) and secondary suppression so that no hidden count can be recovered from totals; with representation against the population benchmark of each group where one is loaded (para 103).
         */
        get: operations["getDiversity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diversity-aggregates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List diversity-aggregates
         * @description A suppressed diversity table (counts by group and category) published by a local instance; the only form in which protected characteristics leave it
         */
        get: operations["listDiversityAggregates"];
        put?: never;
        /** Create a diversity-aggregate */
        post: operations["createDiversityAggregate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diversity-aggregates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a diversity-aggregate */
        get: operations["getDiversityAggregate"];
        put?: never;
        post?: never;
        /**
         * Delete a diversity-aggregate
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteDiversityAggregate"];
        options?: never;
        head?: never;
        /**
         * Change a diversity-aggregate
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateDiversityAggregate"];
        trace?: never;
    };
    "/api/v1/diversity/national": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * National roll-up of the instances' published diversity tables, suppressed again
         * @description At the hub: the latest published table of each instance for one population, characteristic and grouping, summed cell by cell. A sum with a suppressed term is never published; small sums, and anything that would give a hidden sum away by differencing, are suppressed again.
         */
        get: operations["getNationalDiversity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diversity/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a suppressed diversity table (it reaches the hub by sync)
         * @description Computes the suppressed table and stores it as a diversity aggregate owned by this instance: the only form in which protected characteristics leave it.
         */
        post: operations["publishDiversity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List enquiries
         * @description An enquiry for improvement, leadership or clinical advice, routed to a network and answered within service levels
         */
        get: operations["listEnquiries"];
        put?: never;
        /** Create a enquiry */
        post: operations["createEnquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enquiries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a enquiry */
        get: operations["getEnquiry"];
        put?: never;
        post?: never;
        /**
         * Delete a enquiry
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteEnquiry"];
        options?: never;
        head?: never;
        /**
         * Change a enquiry
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateEnquiry"];
        trace?: never;
    };
    "/api/v1/enquiries/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer an enquiry */
        post: operations["answerEnquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enquiries/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an enquiry (a comment is needed if it was not answered) */
        post: operations["closeEnquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enquiries/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen an enquiry (comment required) */
        post: operations["reopenEnquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enquiries/{id}/route": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Route an enquiry to the right network by the navigator (AHSN, clinical network, senate or LDP) */
        post: operations["routeEnquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enquiries/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start work on a routed enquiry */
        post: operations["startEnquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enquiry-sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Enquiries against their response-time service level
         * @description Per network: first response within 5 working days, answer within 20 (configurable): met, at risk, breached, open.
         */
        get: operations["getEnquirySla"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List enrolments
         * @description A participant's place on a programme cohort
         */
        get: operations["listEnrolments"];
        put?: never;
        /** Create a enrolment */
        post: operations["createEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrolments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a enrolment */
        get: operations["getEnrolment"];
        put?: never;
        post?: never;
        /**
         * Delete a enrolment
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteEnrolment"];
        options?: never;
        head?: never;
        /**
         * Change a enrolment
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateEnrolment"];
        trace?: never;
    };
    "/api/v1/evaluation-goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List evaluation-goals
         * @description A goal set at the end of a programme and followed up at 3, 6 and 12 months
         */
        get: operations["listEvaluationGoals"];
        put?: never;
        /** Create a evaluation-goal */
        post: operations["createEvaluationGoal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-goals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a evaluation-goal */
        get: operations["getEvaluationGoal"];
        put?: never;
        post?: never;
        /**
         * Delete a evaluation-goal
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteEvaluationGoal"];
        options?: never;
        head?: never;
        /**
         * Change a evaluation-goal
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateEvaluationGoal"];
        trace?: never;
    };
    "/api/v1/expert-directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the experts every region shares
         * @description Cards of opted-in experts from every region (as of this instance's last sync), with their organisation's name and the instance that shares them. Needs a viewer token.
         */
        get: operations["searchExpertDirectory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List experts
         * @description An opted-in person of the people directory, with their improvement expertise
         */
        get: operations["listExperts"];
        put?: never;
        /** Create a expert */
        post: operations["createExpert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a expert */
        get: operations["getExpert"];
        put?: never;
        post?: never;
        /**
         * Delete a expert
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteExpert"];
        options?: never;
        head?: never;
        /**
         * Change a expert
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateExpert"];
        trace?: never;
    };
    "/api/v1/experts/{id}/sharing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Share an expert with every region (the expert has opted in)
         * @description Publishes (or refreshes) the expert's card: name, organisation and expertise only. It reaches the hub and every region on their next sync; contact details and biography stay here. Needs role editor.
         */
        put: operations["shareExpert"];
        post?: never;
        /**
         * Stop sharing an expert (the expert has opted out)
         * @description Deletes the card; the deletion reaches every region on their next sync. Needs role editor.
         */
        delete: operations["unshareExpert"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find people by expertise (the opt-in directory)
         * @description Connects people across systems by expertise (rec 8). Only people who opted in are listed; contact details are personal and need a viewer token.
         */
        get: operations["searchExperts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance-allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List finance-allocations
         * @description Funding allocated to a body per year (GBP thousands, admin/programme) with planned and actual WTE
         */
        get: operations["listFinanceAllocations"];
        put?: never;
        /** Create a finance-allocation */
        post: operations["createFinanceAllocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance-allocations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a finance-allocation */
        get: operations["getFinanceAllocation"];
        put?: never;
        post?: never;
        /**
         * Delete a finance-allocation
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteFinanceAllocation"];
        options?: never;
        head?: never;
        /**
         * Change a finance-allocation
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateFinanceAllocation"];
        trace?: never;
    };
    "/api/v1/follow-ups/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Evaluation follow-ups due
         * @description Goals set at enrolment ("what will I commit to changing?", annex F 29) whose 3, 6 or 12-month follow-up is due or overdue.
         */
        get: operations["listDueFollowUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/geographies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List geographies
         * @description NHS England regions and the 12 clinical senate / clinical network geographies
         */
        get: operations["listGeographies"];
        put?: never;
        /** Create a geography */
        post: operations["createGeography"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/geographies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a geography */
        get: operations["getGeography"];
        put?: never;
        post?: never;
        /**
         * Delete a geography
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteGeography"];
        options?: never;
        head?: never;
        /**
         * Change a geography
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateGeography"];
        trace?: never;
    };
    "/api/v1/governing-boards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List governing-boards
         * @description The two national Governing Boards (improvement; leadership, chaired by HEE)
         */
        get: operations["listGoverningBoards"];
        put?: never;
        /** Create a governing-board */
        post: operations["createGoverningBoard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/governing-boards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a governing-board */
        get: operations["getGoverningBoard"];
        put?: never;
        post?: never;
        /**
         * Delete a governing-board
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteGoverningBoard"];
        options?: never;
        head?: never;
        /**
         * Change a governing-board
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateGoverningBoard"];
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and identity of this instance */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/help-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for help (no token needed)
         * @description Anyone in the NHS asks for help by their organisation's ODS code; the navigator routes the request at once (improvement and most topics to the organisation's AHSN, leadership to its LDP, clinical questions to its clinical network or senate). Needs no token. The body is strict (unknown fields are refused) and at most 16384 bytes; each client address may ask 5 times per 10 minutes (429 with Retry-After). The question and contact details stay on this instance.
         */
        post: operations["createHelpRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/improvement-projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List improvement-projects
         * @description An improvement project (service improvement, transformation or intervention) with its aim and driver diagram
         */
        get: operations["listImprovementProjects"];
        put?: never;
        /** Create a improvement-project */
        post: operations["createImprovementProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/improvement-projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a improvement-project */
        get: operations["getImprovementProject"];
        put?: never;
        post?: never;
        /**
         * Delete a improvement-project
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteImprovementProject"];
        options?: never;
        head?: never;
        /**
         * Change a improvement-project
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateImprovementProject"];
        trace?: never;
    };
    "/api/v1/improvement-projects/{id}/spc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's measures, each analysed with SPC */
        get: operations["getProjectSpc"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/improvement-resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List improvement-resources
         * @description A resource of the one-stop shop: a toolkit, case study, e-learning module or guidance
         */
        get: operations["listImprovementResources"];
        put?: never;
        /** Create a improvement-resource */
        post: operations["createImprovementResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/improvement-resources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a improvement-resource */
        get: operations["getImprovementResource"];
        put?: never;
        post?: never;
        /**
         * Delete a improvement-resource
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteImprovementResource"];
        options?: never;
        head?: never;
        /**
         * Change a improvement-resource
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateImprovementResource"];
        trace?: never;
    };
    "/api/v1/interventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List interventions
         * @description An intervention in an organisation by IMAS, an intensive support team, NHS TDA, Monitor, NHS England or CQC
         */
        get: operations["listInterventions"];
        put?: never;
        /** Create a intervention */
        post: operations["createIntervention"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interventions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a intervention */
        get: operations["getIntervention"];
        put?: never;
        post?: never;
        /**
         * Delete a intervention
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteIntervention"];
        options?: never;
        head?: never;
        /**
         * Change a intervention
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateIntervention"];
        trace?: never;
    };
    "/api/v1/leader-diversity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Diversity of board members and senior post holders, suppressed
         * @description Para 103: "the diversity of the system's leaders and managers reflects the diversity of the population served". Counts by role (or organisation) and category of a protected characteristic, with small-number and secondary suppression as for participants.
         */
        get: operations["getLeaderDiversity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leader-diversity/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the leaders' suppressed diversity table (it reaches the hub by sync) */
        post: operations["publishLeaderDiversity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leaders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List leaders
         * @description A board member or senior post holder of an organisation, for diversity monitoring
         */
        get: operations["listLeaders"];
        put?: never;
        /** Create a leader */
        post: operations["createLeader"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leaders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a leader */
        get: operations["getLeader"];
        put?: never;
        post?: never;
        /**
         * Delete a leader
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteLeader"];
        options?: never;
        head?: never;
        /**
         * Change a leader
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateLeader"];
        trace?: never;
    };
    "/api/v1/leadership-baseline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The leadership-development baseline, rolled up
         * @description Para 68.i: a baseline of "improvement capability and leadership development". Latest leadership assessment (`dimension=leadership`) per organisation, staff group and level, rolled up organisation -> AHSN -> region -> England, with coverage and gaps to target, exactly as `/capability-baseline` does for improvement capability.
         */
        get: operations["getLeadershipBaseline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/local-delivery-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List local-delivery-plans
         * @description A local delivery plan for an AHSN's footprint; alignment is recorded as alignment links
         */
        get: operations["listLocalDeliveryPlans"];
        put?: never;
        /** Create a local-delivery-plan */
        post: operations["createLocalDeliveryPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/local-delivery-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a local-delivery-plan */
        get: operations["getLocalDeliveryPlan"];
        put?: never;
        post?: never;
        /**
         * Delete a local-delivery-plan
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteLocalDeliveryPlan"];
        options?: never;
        head?: never;
        /**
         * Change a local-delivery-plan
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateLocalDeliveryPlan"];
        trace?: never;
    };
    "/api/v1/measure-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List measure-values
         * @description One dated value of a measure
         */
        get: operations["listMeasureValues"];
        put?: never;
        /** Create a measure-value */
        post: operations["createMeasureValue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measure-values/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a measure-value */
        get: operations["getMeasureValue"];
        put?: never;
        post?: never;
        /**
         * Delete a measure-value
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteMeasureValue"];
        options?: never;
        head?: never;
        /**
         * Change a measure-value
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateMeasureValue"];
        trace?: never;
    };
    "/api/v1/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List measures
         * @description An outcome, process or balancing measure of an improvement project, charted with SPC
         */
        get: operations["listMeasures"];
        put?: never;
        /** Create a measure */
        post: operations["createMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a measure */
        get: operations["getMeasure"];
        put?: never;
        post?: never;
        /**
         * Delete a measure
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteMeasure"];
        options?: never;
        head?: never;
        /**
         * Change a measure
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateMeasure"];
        trace?: never;
    };
    "/api/v1/measures/{id}/spc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stored measure analysed with SPC */
        get: operations["getMeasureSpc"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List memberships
         * @description An organisation's membership of a network, with tier and annual subscription
         */
        get: operations["listMemberships"];
        put?: never;
        /** Create a membership */
        post: operations["createMembership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/memberships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a membership */
        get: operations["getMembership"];
        put?: never;
        post?: never;
        /**
         * Delete a membership
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteMembership"];
        options?: never;
        head?: never;
        /**
         * Change a membership
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateMembership"];
        trace?: never;
    };
    "/api/v1/mentees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List mentees
         * @description A person seeking a coach or mentor from the register
         */
        get: operations["listMentees"];
        put?: never;
        /** Create a mentee */
        post: operations["createMentee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a mentee */
        get: operations["getMentee"];
        put?: never;
        post?: never;
        /**
         * Delete a mentee
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteMentee"];
        options?: never;
        head?: never;
        /**
         * Change a mentee
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateMentee"];
        trace?: never;
    };
    "/api/v1/mentoring/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Coaching and mentoring matches
         * @description Matches every mentee to a coach or mentor: never from the same organisation, never beyond capacity, diversity preferences honoured, skills overlap maximised; each match explained (annex F 31). `algorithm=greedy` gives the baseline.
         */
        get: operations["getMentoringMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/national-bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List national-bodies
         * @description National bodies (NHS England, TDA, Monitor, HEE, PHE, CQC), DH as sponsor, frontline representatives
         */
        get: operations["listNationalBodies"];
        put?: never;
        /** Create a national-body */
        post: operations["createNationalBody"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/national-bodies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a national-body */
        get: operations["getNationalBody"];
        put?: never;
        post?: never;
        /**
         * Delete a national-body
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteNationalBody"];
        options?: never;
        head?: never;
        /**
         * Change a national-body
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateNationalBody"];
        trace?: never;
    };
    "/api/v1/national-strategies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List national-strategies
         * @description A national strategy: improvement, or leadership development (with talent management)
         */
        get: operations["listNationalStrategies"];
        put?: never;
        /** Create a national-strategy */
        post: operations["createNationalStrategy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/national-strategies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a national-strategy */
        get: operations["getNationalStrategy"];
        put?: never;
        post?: never;
        /**
         * Delete a national-strategy
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteNationalStrategy"];
        options?: never;
        head?: never;
        /**
         * Change a national-strategy
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateNationalStrategy"];
        trace?: never;
    };
    "/api/v1/navigator/{odsCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where does an organisation go for help?
         * @description From an organisation (by ODS code) to its AHSN, clinical networks, clinical senate, LDP and local improvement coalition, with every offer open to it.
         */
        get: operations["navigate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List networks
         * @description AHSNs, clinical networks, clinical senates, Local Delivery Partners and local improvement coalitions
         */
        get: operations["listNetworks"];
        put?: never;
        /** Create a network */
        post: operations["createNetwork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a network */
        get: operations["getNetwork"];
        put?: never;
        post?: never;
        /**
         * Delete a network
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteNetwork"];
        options?: never;
        head?: never;
        /**
         * Change a network
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateNetwork"];
        trace?: never;
    };
    "/api/v1/nine-boxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List nine-boxes
         * @description A nine-box assessment of performance and potential
         */
        get: operations["listNineBoxes"];
        put?: never;
        /** Create a nine-box */
        post: operations["createNineBox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/nine-boxes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a nine-box */
        get: operations["getNineBox"];
        put?: never;
        post?: never;
        /**
         * Delete a nine-box
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteNineBox"];
        options?: never;
        head?: never;
        /**
         * Change a nine-box
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateNineBox"];
        trace?: never;
    };
    "/api/v1/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List offers
         * @description An offer of help (programme, support, resource, event) that a network makes to organisations
         */
        get: operations["listOffers"];
        put?: never;
        /** Create a offer */
        post: operations["createOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a offer */
        get: operations["getOffer"];
        put?: never;
        post?: never;
        /**
         * Delete a offer
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteOffer"];
        options?: never;
        head?: never;
        /**
         * Change a offer
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateOffer"];
        trace?: never;
    };
    "/api/v1/organisation-strategies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organisation-strategies
         * @description An organisation's improvement or leadership development strategy; alignment is recorded as alignment links
         */
        get: operations["listOrganisationStrategies"];
        put?: never;
        /** Create a organisation-strategy */
        post: operations["createOrganisationStrategy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation-strategies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a organisation-strategy */
        get: operations["getOrganisationStrategy"];
        put?: never;
        post?: never;
        /**
         * Delete a organisation-strategy
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteOrganisationStrategy"];
        options?: never;
        head?: never;
        /**
         * Change a organisation-strategy
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateOrganisationStrategy"];
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organisations
         * @description Organisations (NHS trusts, commissioners, local partners) with their ODS code and type
         */
        get: operations["listOrganisations"];
        put?: never;
        /** Create a organisation */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a organisation */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        /**
         * Delete a organisation
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteOrganisation"];
        options?: never;
        head?: never;
        /**
         * Change a organisation
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateOrganisation"];
        trace?: never;
    };
    "/api/v1/organisations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import organisations from an ODS file or a CSV
         * @description Body `text/csv`: an ODS file in its standard headerless layout (etr, eccg and the like) or a CSV with the header odsCode,name[,type,postcode,localOffice,openedOn,closedOn]. Each organisation is placed in its geography, AHSN and LDP by the seed mapping (local office, then postcode area). Idempotent by ODS code. A refused row means nothing is written (400 naming every line) unless `partial=true`.
         */
        post: operations["importOrganisations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List participants
         * @description A participant in leadership development programmes
         */
        get: operations["listParticipants"];
        put?: never;
        /** Create a participant */
        post: operations["createParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a participant */
        get: operations["getParticipant"];
        put?: never;
        post?: never;
        /**
         * Delete a participant
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteParticipant"];
        options?: never;
        head?: never;
        /**
         * Change a participant
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateParticipant"];
        trace?: never;
    };
    "/api/v1/pdsa-cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pdsa-cycles
         * @description A Plan-Do-Study-Act cycle testing one change idea of an improvement project
         */
        get: operations["listPdsaCycles"];
        put?: never;
        /** Create a pdsa-cycle */
        post: operations["createPdsaCycle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pdsa-cycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a pdsa-cycle */
        get: operations["getPdsaCycle"];
        put?: never;
        post?: never;
        /**
         * Delete a pdsa-cycle
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deletePdsaCycle"];
        options?: never;
        head?: never;
        /**
         * Change a pdsa-cycle
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updatePdsaCycle"];
        trace?: never;
    };
    "/api/v1/plan-alignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alignment of each AHSN's business plan with its Clinical Networks' priorities
         * @description Annex G 59.b: "a minimum expectation that AHSNs and Clinical Networks' business plans, including focus, priorities and delivery mechanisms are aligned". Per AHSN: the clinical networks of the geographies its members lie in, whether its plan for the year addresses each one's priority area (the plan's focus or a deliverable), the shared deliverables, the gaps and a score.
         */
        get: operations["getPlanAlignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plugins/membership/membership-invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List membership-invoices
         * @description An invoice for a member organisation's annual subscription to a network
         */
        get: operations["membershipListMembershipInvoices"];
        put?: never;
        /** Create a membership-invoice */
        post: operations["membershipCreateMembershipInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plugins/membership/membership-invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a membership-invoice */
        get: operations["membershipGetMembershipInvoice"];
        put?: never;
        post?: never;
        /**
         * Delete a membership-invoice
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["membershipDeleteMembershipInvoice"];
        options?: never;
        head?: never;
        /**
         * Change a membership-invoice
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["membershipUpdateMembershipInvoice"];
        trace?: never;
    };
    "/api/v1/plugins/membership/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Membership invoices by network: issued, paid, outstanding */
        get: operations["membershipGetSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/population-benchmarks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List population-benchmarks
         * @description Population share per category of a protected characteristic, for a geography (e.g. an LDP footprint), as the benchmark for diversity
         */
        get: operations["listPopulationBenchmarks"];
        put?: never;
        /** Create a population-benchmark */
        post: operations["createPopulationBenchmark"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/population-benchmarks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a population-benchmark */
        get: operations["getPopulationBenchmark"];
        put?: never;
        post?: never;
        /**
         * Delete a population-benchmark
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deletePopulationBenchmark"];
        options?: never;
        head?: never;
        /**
         * Change a population-benchmark
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updatePopulationBenchmark"];
        trace?: never;
    };
    "/api/v1/population-benchmarks/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import population benchmarks from CSV
         * @description Body `text/csv` with columns geography, characteristic, category, share (a fraction or a percentage). Replaces nothing: each row becomes a benchmark record.
         */
        post: operations["importPopulationBenchmarks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/priorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List priorities
         * @description A national strategy priority with its code
         */
        get: operations["listPriorities"];
        put?: never;
        /** Create a priority */
        post: operations["createPriority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/priorities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a priority */
        get: operations["getPriority"];
        put?: never;
        post?: never;
        /**
         * Delete a priority
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deletePriority"];
        options?: never;
        head?: never;
        /**
         * Change a priority
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updatePriority"];
        trace?: never;
    };
    "/api/v1/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List programmes
         * @description A leadership development programme in the national catalogue
         */
        get: operations["listProgrammes"];
        put?: never;
        /** Create a programme */
        post: operations["createProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a programme */
        get: operations["getProgramme"];
        put?: never;
        post?: never;
        /**
         * Delete a programme
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteProgramme"];
        options?: never;
        head?: never;
        /**
         * Change a programme
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateProgramme"];
        trace?: never;
    };
    "/api/v1/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List recommendations
         * @description The review's 16 recommendations with implementation status, owner and evidence
         */
        get: operations["listRecommendations"];
        put?: never;
        /** Create a recommendation */
        post: operations["createRecommendation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recommendations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a recommendation */
        get: operations["getRecommendation"];
        put?: never;
        post?: never;
        /**
         * Delete a recommendation
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteRecommendation"];
        options?: never;
        head?: never;
        /**
         * Change a recommendation
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateRecommendation"];
        trace?: never;
    };
    "/api/v1/repeated-interventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organisations receiving repeated or concurrent intervention
         * @description Interventions are meant to be targeted and limited (para 98): organisations with several in the window, or by several bodies at once.
         */
        get: operations["getRepeatedInterventions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the one-stop shop
         * @description Toolkits, case studies, e-learning and guidance, ranked by title, summary and tags (rec 8).
         */
        get: operations["searchResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/savings-progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress against the savings targets
         * @description Savings against each target from the allocations (para 121: at least 15% across the improvement architecture, GBP 2m from the Academy; annex H).
         */
        get: operations["getSavingsProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/savings-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List savings-targets
         * @description A savings target as a share of a baseline or an absolute sum (GBP thousands)
         */
        get: operations["listSavingsTargets"];
        put?: never;
        /** Create a savings-target */
        post: operations["createSavingsTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/savings-targets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a savings-target */
        get: operations["getSavingsTarget"];
        put?: never;
        post?: never;
        /**
         * Delete a savings-target
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteSavingsTarget"];
        options?: never;
        head?: never;
        /**
         * Change a savings-target
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateSavingsTarget"];
        trace?: never;
    };
    "/api/v1/senior-posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List senior-posts
         * @description A senior post covered by national talent management and succession planning
         */
        get: operations["listSeniorPosts"];
        put?: never;
        /** Create a senior-post */
        post: operations["createSeniorPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/senior-posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a senior-post */
        get: operations["getSeniorPost"];
        put?: never;
        post?: never;
        /**
         * Delete a senior-post
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteSeniorPost"];
        options?: never;
        head?: never;
        /**
         * Change a senior-post
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateSeniorPost"];
        trace?: never;
    };
    "/api/v1/shared-experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List shared-experts
         * @description An opted-in expert's card shared with every region: name, organisation and expertise only
         */
        get: operations["listSharedExperts"];
        put?: never;
        /** Create a shared-expert */
        post: operations["createSharedExpert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shared-experts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a shared-expert */
        get: operations["getSharedExpert"];
        put?: never;
        post?: never;
        /**
         * Delete a shared-expert
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteSharedExpert"];
        options?: never;
        head?: never;
        /**
         * Change a shared-expert
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateSharedExpert"];
        trace?: never;
    };
    "/api/v1/spc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Analyse a series with an XmR chart (stateless)
         * @description Points in any order are analysed in date order. Limits, special-cause rules (outside limits, shift, trend, two-in-three), variation and assurance icons exactly as NHSRplotthedots.
         */
        post: operations["analyseSpc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spc/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Funnel-plot limits (95%, 99.8%) for a proportion across units (stateless) */
        post: operations["analyseFunnel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spc/run-chart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run chart with the runs rules (stateless) */
        post: operations["analyseRunChart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategy-compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organisations with a current strategy
         * @description Share of organisations with a current improvement and leadership strategy (rec 2), overall, by network and by region.
         */
        get: operations["getStrategyCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategy-coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Coverage of the national priorities
         * @description For each national strategy, which priorities organisation strategies and local delivery plans address, and the gaps no one addresses (rec 1, rec 2, rec 7.iii).
         */
        get: operations["getStrategyCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/succession-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List succession-plans
         * @description The succession plan of a senior post
         */
        get: operations["listSuccessionPlans"];
        put?: never;
        /** Create a succession-plan */
        post: operations["createSuccessionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/succession-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a succession-plan */
        get: operations["getSuccessionPlan"];
        put?: never;
        post?: never;
        /**
         * Delete a succession-plan
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteSuccessionPlan"];
        options?: never;
        head?: never;
        /**
         * Change a succession-plan
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateSuccessionPlan"];
        trace?: never;
    };
    "/api/v1/succession-risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Succession risk of the most senior posts
         * @description Per senior post: no ready-now successor, vacancy within 12 months (or incumbent likely to leave), a successor counted on for several posts; and the national risk list by severity (rec 13.ii).
         */
        get: operations["getSuccessionRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/plugins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plugins this instance runs, with their versions and sync policies */
        get: operations["listPlugins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/pull": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** National data and the directory, after a cursor */
        get: operations["pullChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push a batch of an origin’s changes to the hub (exactly once)
         * @description Applies the batch in one transaction with the origin’s sequence mark. A replay is ignored; a gap answers 409 with `expectedSeq`; another instance’s record 403; a personal field 400; a schema version the hub cannot read 422; a poison record is quarantined and acknowledged.
         */
        post: operations["pushChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/quarantine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Changes that could never apply (poison records), newest first */
        get: operations["listQuarantine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the hub holds of the caller’s own records (for reconciliation) */
        get: operations["listOriginRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/repair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Repair a record held by the wrong origin (hub admin; audited)
         * @description For a record an origin took under an id it did not mint (before the hub refused that): `reassign` hands it to the origin that minted its id (or back to the hub) at version 0, so the owner’s next change, or its `tessera sync --verify`, writes its own content over it. For a natural key (ODS code, network key) a region took that another region or the national directory holds by right: `remove` tombstones the region’s record one version up; every region pulls the tombstone (its owner too), and the changes set aside for that key apply when their origin next runs `tessera sync --verify`. Audited as `sync:repair`.
         */
        post: operations["repairRecordOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sync status: per origin (hub) or of this instance (local), with record digests */
        get: operations["getSyncStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-pool-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List talent-pool-members
         * @description Membership of a participant in a talent pool
         */
        get: operations["listTalentPoolMembers"];
        put?: never;
        /** Create a talent-pool-member */
        post: operations["createTalentPoolMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-pool-members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a talent-pool-member */
        get: operations["getTalentPoolMember"];
        put?: never;
        post?: never;
        /**
         * Delete a talent-pool-member
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteTalentPoolMember"];
        options?: never;
        head?: never;
        /**
         * Change a talent-pool-member
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateTalentPoolMember"];
        trace?: never;
    };
    "/api/v1/talent-pools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List talent-pools
         * @description A national or local talent pool
         */
        get: operations["listTalentPools"];
        put?: never;
        /** Create a talent-pool */
        post: operations["createTalentPool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-pools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a talent-pool */
        get: operations["getTalentPool"];
        put?: never;
        post?: never;
        /**
         * Delete a talent-pool
         * @description The record becomes a tombstone, so the deletion reaches the hub by sync.
         */
        delete: operations["deleteTalentPool"];
        options?: never;
        head?: never;
        /**
         * Change a talent-pool
         * @description Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.
         */
        patch: operations["updateTalentPool"];
        trace?: never;
    };
    "/api/v1/value-for-money": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cost per completion and per goal attained
         * @description By programme and LDP, from cost per place, enrolments and evaluated goals; with the Leadership Academy programme budget of annex H for comparison.
         */
        get: operations["getValueForMoney"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A line of accountability: who accounts to whom, and on what authority */
        AccountabilityLine: {
            createdAt: string;
            deleted: boolean;
            fromId: string;
            /** @enum {string} */
            fromKind: "national_body" | "governing_board" | "network" | "organisation";
            id: string;
            /** @enum {string} */
            nature: "accounts_to" | "reports_to" | "commissioned_by" | "hosted_by" | "governed_by" | "chaired_by";
            owner: string;
            reference?: string;
            toId: string;
            /** @enum {string} */
            toKind: "national_body" | "governing_board" | "network" | "organisation";
            updatedAt: string;
            version: number;
        };
        AccountabilityLineInput: {
            fromId: string;
            /** @enum {string} */
            fromKind: "national_body" | "governing_board" | "network" | "organisation";
            /** @enum {string} */
            nature: "accounts_to" | "reports_to" | "commissioned_by" | "hosted_by" | "governed_by" | "chaired_by";
            reference?: string;
            toId: string;
            /** @enum {string} */
            toKind: "national_body" | "governing_board" | "network" | "organisation";
        };
        AccountabilityLinePage: {
            items: components["schemas"]["AccountabilityLine"][];
            nextCursor: string | null;
        };
        /** @description A link from a strategy, plan or priority to the national priority it addresses */
        AlignmentLink: {
            createdAt: string;
            deleted: boolean;
            id: string;
            owner: string;
            priorityId: string;
            rationale?: string;
            sourceId: string;
            /** @enum {string} */
            sourceKind: "organisation_strategy" | "local_delivery_plan" | "priority";
            /**
             * @default primary
             * @enum {string}
             */
            strength: "primary" | "supporting";
            updatedAt: string;
            version: number;
        };
        AlignmentLinkInput: {
            priorityId: string;
            rationale?: string;
            sourceId: string;
            /** @enum {string} */
            sourceKind: "organisation_strategy" | "local_delivery_plan" | "priority";
            /**
             * @default primary
             * @enum {string}
             */
            strength: "primary" | "supporting";
        };
        AlignmentLinkPage: {
            items: components["schemas"]["AlignmentLink"][];
            nextCursor: string | null;
        };
        /** @description A record folded with the decisions on it */
        AssessedState: {
            allowed: ("review" | "return" | "sign_off")[];
            decisions: {
                /** @enum {string} */
                action: "review" | "return" | "sign_off";
                assessor: string;
                comment?: string;
                decidedAt: string;
                /** @enum {string} */
                from: "draft" | "submitted" | "reviewed" | "signed_off";
                networkId: string;
                /** @enum {string} */
                region: "north" | "midlands-and-east" | "london" | "south";
                /** @enum {string} */
                subject: "assurance-return" | "business-plan";
                subjectId: string;
                subjectOwner: string;
                submittedAt: string;
                /** @enum {string} */
                to: "draft" | "submitted" | "reviewed" | "signed_off";
            }[];
            pending: {
                /** @enum {string} */
                action: "review" | "return" | "sign_off";
                assessor: string;
                comment?: string;
                decidedAt: string;
                /** @enum {string} */
                from: "draft" | "submitted" | "reviewed" | "signed_off";
                networkId: string;
                /** @enum {string} */
                region: "north" | "midlands-and-east" | "london" | "south";
                /** @enum {string} */
                subject: "assurance-return" | "business-plan";
                subjectId: string;
                subjectOwner: string;
                submittedAt: string;
                /** @enum {string} */
                to: "draft" | "submitted" | "reviewed" | "signed_off";
            }[];
            /** @enum {string} */
            status: "draft" | "submitted" | "reviewed" | "signed_off";
            submittedAt: string | null;
        };
        /** @description A Regional Medical Team's decision (review, return for changes, sign off) on an assurance return or business plan, made at the hub */
        AssessmentDecision: {
            /** @enum {string} */
            action: "review" | "return" | "sign_off";
            assessor: string;
            comment?: string;
            createdAt: string;
            decidedAt: string;
            deleted: boolean;
            /** @enum {string} */
            from: "draft" | "submitted" | "reviewed" | "signed_off";
            id: string;
            networkId: string;
            owner: string;
            /** @enum {string} */
            region: "north" | "midlands-and-east" | "london" | "south";
            /** @enum {string} */
            subject: "assurance-return" | "business-plan";
            subjectId: string;
            subjectOwner: string;
            submittedAt: string;
            /** @enum {string} */
            to: "draft" | "submitted" | "reviewed" | "signed_off";
            updatedAt: string;
            version: number;
        };
        AssessmentDecisionInput: Record<string, never>;
        AssessmentDecisionPage: {
            items: components["schemas"]["AssessmentDecision"][];
            nextCursor: string | null;
        };
        /** @description The decision and the assessed state after it */
        AssessmentOutcome: {
            assessment: components["schemas"]["AssessedState"];
            decision: components["schemas"]["AssessmentDecision"];
            record: components["schemas"]["AssuranceReturn"] | components["schemas"]["BusinessPlan"];
        };
        AssessmentStepInput: {
            comment?: string;
        };
        /** @description The assessed state of one record */
        AssessmentView: {
            allowed: ("review" | "return" | "sign_off")[];
            decisions: {
                /** @enum {string} */
                action: "review" | "return" | "sign_off";
                assessor: string;
                comment?: string;
                decidedAt: string;
                /** @enum {string} */
                from: "draft" | "submitted" | "reviewed" | "signed_off";
                networkId: string;
                /** @enum {string} */
                region: "north" | "midlands-and-east" | "london" | "south";
                /** @enum {string} */
                subject: "assurance-return" | "business-plan";
                subjectId: string;
                subjectOwner: string;
                submittedAt: string;
                /** @enum {string} */
                to: "draft" | "submitted" | "reviewed" | "signed_off";
            }[];
            id: string;
            pending: {
                /** @enum {string} */
                action: "review" | "return" | "sign_off";
                assessor: string;
                comment?: string;
                decidedAt: string;
                /** @enum {string} */
                from: "draft" | "submitted" | "reviewed" | "signed_off";
                networkId: string;
                /** @enum {string} */
                region: "north" | "midlands-and-east" | "london" | "south";
                /** @enum {string} */
                subject: "assurance-return" | "business-plan";
                subjectId: string;
                subjectOwner: string;
                submittedAt: string;
                /** @enum {string} */
                to: "draft" | "submitted" | "reviewed" | "signed_off";
            }[];
            region: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "reviewed" | "signed_off";
            /** @enum {string} */
            subject: "assurance-return" | "business-plan";
            submittedAt: string | null;
        };
        /** @description A quarterly assurance return: deliverables and metrics with RAG ratings, through draft -> submitted -> reviewed -> signed off */
        AssuranceReturn: {
            createdAt: string;
            deleted: boolean;
            /** @default [] */
            deliverables: {
                commentary?: string;
                /** @enum {string} */
                rag: "red" | "amber" | "green";
                title: string;
            }[];
            /** @default [] */
            history: {
                /** @enum {string} */
                action: "submit" | "review" | "sign_off" | "return";
                at: string;
                by: string;
                comment?: string;
                /** @enum {string} */
                from: "draft" | "submitted" | "reviewed" | "signed_off";
                /** @enum {string} */
                to: "draft" | "submitted" | "reviewed" | "signed_off";
            }[];
            id: string;
            /** @default [] */
            metrics: {
                name: string;
                /** @enum {string} */
                rag?: "red" | "amber" | "green";
                target?: number;
                unit?: string;
                value: number;
            }[];
            networkId: string;
            /** @enum {string} */
            overallRag?: "red" | "amber" | "green";
            owner: string;
            period: string;
            /**
             * @default draft
             * @enum {string}
             */
            status: "draft" | "submitted" | "reviewed" | "signed_off";
            updatedAt: string;
            version: number;
        };
        AssuranceReturnInput: {
            /** @default [] */
            deliverables: {
                commentary?: string;
                /** @enum {string} */
                rag: "red" | "amber" | "green";
                title: string;
            }[];
            /** @default [] */
            metrics: {
                name: string;
                /** @enum {string} */
                rag?: "red" | "amber" | "green";
                target?: number;
                unit?: string;
                value: number;
            }[];
            networkId: string;
            /** @enum {string} */
            overallRag?: "red" | "amber" | "green";
            period: string;
        };
        AssuranceReturnPage: {
            items: components["schemas"]["AssuranceReturn"][];
            nextCursor: string | null;
        };
        AssuranceStepInput: {
            comment?: string;
        };
        AuditPage: {
            items: {
                action: string;
                actor: string;
                actorRole: string;
                at: string;
                detail?: unknown;
                entity: string;
                id: number;
                recordId: string | null;
                version: number | null;
            }[];
            nextBefore: number | null;
        };
        /** @description How many benchmarks were imported */
        BenchmarkImport: {
            imported: number;
        };
        /** @description A member of a Governing Board and the organisation they represent */
        BoardMember: {
            boardId: string;
            createdAt: string;
            deleted: boolean;
            /** Format: email */
            email?: string;
            /** Format: date */
            endDate?: string;
            id: string;
            name: string;
            owner: string;
            personRef: string;
            representsBodyId?: string;
            representsOrganisationId?: string;
            /**
             * @default member
             * @enum {string}
             */
            role: "chair" | "member" | "observer";
            /** Format: date */
            startDate?: string;
            updatedAt: string;
            version: number;
        };
        BoardMemberInput: {
            boardId: string;
            /** Format: email */
            email?: string;
            /** Format: date */
            endDate?: string;
            name: string;
            personRef: string;
            representsBodyId?: string;
            representsOrganisationId?: string;
            /**
             * @default member
             * @enum {string}
             */
            role: "chair" | "member" | "observer";
            /** Format: date */
            startDate?: string;
        };
        BoardMemberPage: {
            items: components["schemas"]["BoardMember"][];
            nextCursor: string | null;
        };
        /** @description Shared membership of the two boards */
        BoardSharedMembership: {
            bodiesOnBoth: string[];
            improvement: {
                boardId: string;
                bodies: string[];
                key: string;
                kind: string;
                members: number;
                name: string;
                organisations: string[];
                shared: number;
                sharedShare: number;
            };
            leadership: {
                boardId: string;
                bodies: string[];
                key: string;
                kind: string;
                members: number;
                name: string;
                organisations: string[];
                shared: number;
                sharedShare: number;
            };
            minimumShared: number;
            shared: number;
            sharedMembers: {
                improvementRole: string;
                leadershipRole: string;
                personRef: string;
            }[];
            sufficient: boolean;
        };
        /** @description A network's annual business plan with its deliverables and metrics */
        BusinessPlan: {
            /**
             * @default draft
             * @enum {string}
             */
            assessment: "draft" | "submitted" | "reviewed" | "signed_off";
            createdAt: string;
            deleted: boolean;
            /** @default [] */
            deliverables: {
                /** Format: date */
                due?: string;
                metric?: string;
                /** @enum {string} */
                priorityArea?: "cancer" | "cardiovascular" | "maternity_children" | "mental_health_dementia_neurology" | "local";
                /**
                 * @default planned
                 * @enum {string}
                 */
                status: "planned" | "in_progress" | "delivered" | "at_risk" | "dropped";
                target?: number;
                title: string;
            }[];
            /** @default [] */
            history: {
                /** @enum {string} */
                action: "submit" | "review" | "sign_off" | "return";
                at: string;
                by: string;
                comment?: string;
                /** @enum {string} */
                from: "draft" | "submitted" | "reviewed" | "signed_off";
                /** @enum {string} */
                to: "draft" | "submitted" | "reviewed" | "signed_off";
            }[];
            id: string;
            networkId: string;
            owner: string;
            /** @default [] */
            priorityAreas: ("cancer" | "cardiovascular" | "maternity_children" | "mental_health_dementia_neurology" | "local")[];
            /**
             * @default draft
             * @enum {string}
             */
            status: "draft" | "agreed" | "closed";
            title: string;
            updatedAt: string;
            version: number;
            year: string;
        };
        BusinessPlanInput: {
            /** @default [] */
            deliverables: {
                /** Format: date */
                due?: string;
                metric?: string;
                /** @enum {string} */
                priorityArea?: "cancer" | "cardiovascular" | "maternity_children" | "mental_health_dementia_neurology" | "local";
                /**
                 * @default planned
                 * @enum {string}
                 */
                status: "planned" | "in_progress" | "delivered" | "at_risk" | "dropped";
                target?: number;
                title: string;
            }[];
            networkId: string;
            /** @default [] */
            priorityAreas: ("cancer" | "cardiovascular" | "maternity_children" | "mental_health_dementia_neurology" | "local")[];
            /**
             * @default draft
             * @enum {string}
             */
            status: "draft" | "agreed" | "closed";
            title: string;
            year: string;
        };
        BusinessPlanPage: {
            items: components["schemas"]["BusinessPlan"][];
            nextCursor: string | null;
        };
        /** @description Baseline improvement capability (or leadership development) of an organisation for one staff group and level: headcount, trained and target */
        CapabilityAssessment: {
            /** Format: date */
            assessedOn: string;
            createdAt: string;
            deleted: boolean;
            /**
             * @default improvement
             * @enum {string}
             */
            dimension: "improvement" | "leadership";
            headcount: number;
            id: string;
            /** @enum {string} */
            level: "awareness" | "practitioner" | "expert";
            notes?: string;
            organisationId: string;
            owner: string;
            /** @enum {string} */
            staffGroup: "front_line_staff" | "clinicians" | "operational_managers" | "organisational_leaders" | "local_system_leaders" | "national_leaders";
            targetTrained?: number;
            trained: number;
            updatedAt: string;
            version: number;
        };
        CapabilityAssessmentInput: {
            /** Format: date */
            assessedOn: string;
            /**
             * @default improvement
             * @enum {string}
             */
            dimension: "improvement" | "leadership";
            headcount: number;
            /** @enum {string} */
            level: "awareness" | "practitioner" | "expert";
            notes?: string;
            organisationId: string;
            /** @enum {string} */
            staffGroup: "front_line_staff" | "clinicians" | "operational_managers" | "organisational_leaders" | "local_system_leaders" | "national_leaders";
            targetTrained?: number;
            trained: number;
        };
        CapabilityAssessmentPage: {
            items: components["schemas"]["CapabilityAssessment"][];
            nextCursor: string | null;
        };
        /** @description Capability rolled up to England */
        CapabilityBaseline: {
            ahsns: {
                ahsnId: string | null;
                assessed: number;
                byLevel: {
                    assessed: number;
                    gap: number;
                    headcount: number;
                    level: string;
                    share: number | null;
                    targetTrained: number;
                    trained: number;
                    withTarget: number;
                }[];
                cells: {
                    assessed: number;
                    gap: number;
                    headcount: number;
                    level: string;
                    share: number | null;
                    staffGroup: string;
                    targetTrained: number;
                    trained: number;
                    withTarget: number;
                }[];
                coverage: number | null;
                key: string;
                name: string;
                organisations: number;
            }[];
            asOf: string | null;
            england: {
                assessed: number;
                byLevel: {
                    assessed: number;
                    gap: number;
                    headcount: number;
                    level: string;
                    share: number | null;
                    targetTrained: number;
                    trained: number;
                    withTarget: number;
                }[];
                cells: {
                    assessed: number;
                    gap: number;
                    headcount: number;
                    level: string;
                    share: number | null;
                    staffGroup: string;
                    targetTrained: number;
                    trained: number;
                    withTarget: number;
                }[];
                coverage: number | null;
                organisations: number;
            };
            organisations: {
                ahsnId: string | null;
                assessed: number;
                assessmentIds: string[];
                byLevel: {
                    assessed: number;
                    gap: number;
                    headcount: number;
                    level: string;
                    share: number | null;
                    targetTrained: number;
                    trained: number;
                    withTarget: number;
                }[];
                cells: {
                    assessed: number;
                    gap: number;
                    headcount: number;
                    level: string;
                    share: number | null;
                    staffGroup: string;
                    targetTrained: number;
                    trained: number;
                    withTarget: number;
                }[];
                coverage: number | null;
                name: string;
                organisationId: string;
                organisations: number;
                regionId: string | null;
            }[];
            regions: {
                assessed: number;
                byLevel: {
                    assessed: number;
                    gap: number;
                    headcount: number;
                    level: string;
                    share: number | null;
                    targetTrained: number;
                    trained: number;
                    withTarget: number;
                }[];
                cells: {
                    assessed: number;
                    gap: number;
                    headcount: number;
                    level: string;
                    share: number | null;
                    staffGroup: string;
                    targetTrained: number;
                    trained: number;
                    withTarget: number;
                }[];
                coverage: number | null;
                key: string;
                name: string;
                organisations: number;
                regionId: string | null;
            }[];
            unmatchedAssessmentIds: string[];
        };
        /** @description Share trained per unit against funnel limits */
        CapabilityFunnel: {
            /** @enum {string} */
            by: "organisation" | "ahsn" | "region";
            excluded: {
                name: string;
                /** @enum {string} */
                reason: "not_assessed" | "no_staff" | "unassigned";
                unit: string | null;
            }[];
            level: string;
            pooledProportion: number | null;
            staffGroup: string;
            units: {
                denominator: number;
                /** @enum {string} */
                flag: "inside" | "outside95" | "outside998";
                lower95: number;
                lower998: number;
                name: string;
                numerator: number;
                proportion: number;
                /** @enum {string|null} */
                side: "above" | "below" | null;
                unit: string;
                upper95: number;
                upper998: number;
            }[];
        };
        /** @description A coach or mentor on the coaching and mentoring register */
        Coach: {
            capacity: number;
            createdAt: string;
            deleted: boolean;
            /** Format: email */
            email: string;
            /** @enum {string} */
            ethnicity?: "white_british" | "white_irish" | "white_gypsy_or_irish_traveller" | "white_other" | "mixed_white_and_black_caribbean" | "mixed_white_and_black_african" | "mixed_white_and_asian" | "mixed_other" | "asian_indian" | "asian_pakistani" | "asian_bangladeshi" | "asian_chinese" | "asian_other" | "black_african" | "black_caribbean" | "black_other" | "other_arab" | "other_any" | "not_stated";
            expertise: string[];
            id: string;
            /** @enum {string} */
            kind: "coach" | "mentor";
            name: string;
            organisationId: string;
            owner: string;
            /** @enum {string} */
            sex?: "female" | "male" | "not_stated";
            updatedAt: string;
            version: number;
        };
        CoachInput: {
            capacity: number;
            /** Format: email */
            email: string;
            /** @enum {string} */
            ethnicity?: "white_british" | "white_irish" | "white_gypsy_or_irish_traveller" | "white_other" | "mixed_white_and_black_caribbean" | "mixed_white_and_black_african" | "mixed_white_and_asian" | "mixed_other" | "asian_indian" | "asian_pakistani" | "asian_bangladeshi" | "asian_chinese" | "asian_other" | "black_african" | "black_caribbean" | "black_other" | "other_arab" | "other_any" | "not_stated";
            expertise: string[];
            /** @enum {string} */
            kind: "coach" | "mentor";
            name: string;
            organisationId: string;
            /** @enum {string} */
            sex?: "female" | "male" | "not_stated";
        };
        CoachPage: {
            items: components["schemas"]["Coach"][];
            nextCursor: string | null;
        };
        /** @description A cohort of a leadership programme delivered by a Local Delivery Partner */
        Cohort: {
            createdAt: string;
            deleted: boolean;
            deliveryPartner: string;
            /** Format: date */
            endDate: string;
            id: string;
            ldpId: string;
            owner: string;
            places: number;
            programmeId: string;
            /** Format: date */
            startDate: string;
            updatedAt: string;
            version: number;
        };
        CohortInput: {
            deliveryPartner: string;
            /** Format: date */
            endDate: string;
            ldpId: string;
            places: number;
            programmeId: string;
            /** Format: date */
            startDate: string;
        };
        CohortPage: {
            items: components["schemas"]["Cohort"][];
            nextCursor: string | null;
        };
        /** @description Clinical network and AHSN boundaries compared */
        Coterminosity: {
            ahsns: {
                ahsnId: string;
                coterminous: boolean;
                dominantGeographyId: string | null;
                geographies: {
                    geographyId: string;
                    organisations: number;
                }[];
                jaccard: number;
                name: string;
                organisations: number;
                share: number;
                unplaced: number;
            }[];
            geographies: {
                ahsns: {
                    ahsnId: string;
                    name: string;
                    organisations: number;
                }[];
                coterminous: boolean;
                dominantAhsnId: string | null;
                dominantAhsnName: string | null;
                geographyId: string;
                jaccard: number;
                networkIds: string[];
                organisations: number;
                share: number;
                withoutAhsn: number;
            }[];
            index: number;
            nestedIndex: number;
            unplacedOrganisations: number;
        };
        /** @description Alignment of the two national strategies */
        CrossAlignment: {
            ignoredLinks: number;
            improvement: {
                aligned: number;
                key: string;
                priorities: {
                    code: string;
                    counterpartIds: string[];
                    priorityId: string;
                    title: string;
                }[];
                strategyId: string;
                title: string;
                unaligned: {
                    code: string;
                    priorityId: string;
                    title: string;
                }[];
            };
            leadership: {
                aligned: number;
                key: string;
                priorities: {
                    code: string;
                    counterpartIds: string[];
                    priorityId: string;
                    title: string;
                }[];
                strategyId: string;
                title: string;
                unaligned: {
                    code: string;
                    priorityId: string;
                    title: string;
                }[];
            };
            matrix: boolean[][];
            pairs: {
                improvementCode: string;
                improvementPriorityId: string;
                leadershipCode: string;
                leadershipPriorityId: string;
                links: number;
            }[];
            score: number;
        };
        /** @description A suppressed diversity table with representation */
        Diversity: {
            representation: {
                benchmarkShare: number | null;
                category: string;
                count: number | null;
                geography?: string;
                group: string | null;
                ratio: number | null;
                share: number | null;
                /** @enum {string} */
                status: "ok" | "suppressed" | "denominator_suppressed" | "empty_group" | "no_benchmark" | "zero_benchmark";
            }[];
            table: {
                categories: string[];
                cells: components["schemas"]["PublishedCount"][][];
                characteristic: string;
                columnTotals: components["schemas"]["PublishedCount"][];
                grandTotal: components["schemas"]["PublishedCount"];
                groups: string[];
                rowTotals: components["schemas"]["PublishedCount"][];
                threshold: number;
            };
        };
        /** @description A suppressed diversity table (counts by group and category) published by a local instance; the only form in which protected characteristics leave it */
        DiversityAggregate: {
            categories: string[];
            /** @enum {string} */
            characteristic: "sex" | "ageBand" | "ethnicity" | "disability" | "sexualOrientation" | "religion";
            columnTotals: ({
                value: number;
            } | {
                /** @enum {boolean} */
                suppressed: true;
            })[];
            /** Format: date */
            computedOn: string;
            createdAt: string;
            deleted: boolean;
            grandTotal: {
                value: number;
            } | {
                /** @enum {boolean} */
                suppressed: true;
            };
            /** @enum {string} */
            groupBy: "programme" | "ldp" | "organisation" | "pool" | "role";
            id: string;
            owner: string;
            /** @enum {string} */
            population: "participants" | "pool_members" | "board_members" | "senior_post_holders" | "leaders";
            rows: {
                cells: ({
                    value: number;
                } | {
                    /** @enum {boolean} */
                    suppressed: true;
                })[];
                group: string;
                total: {
                    value: number;
                } | {
                    /** @enum {boolean} */
                    suppressed: true;
                };
            }[];
            threshold: number;
            updatedAt: string;
            version: number;
        };
        DiversityAggregateInput: {
            categories: string[];
            /** @enum {string} */
            characteristic: "sex" | "ageBand" | "ethnicity" | "disability" | "sexualOrientation" | "religion";
            columnTotals: ({
                value: number;
            } | {
                /** @enum {boolean} */
                suppressed: true;
            })[];
            /** Format: date */
            computedOn: string;
            grandTotal: {
                value: number;
            } | {
                /** @enum {boolean} */
                suppressed: true;
            };
            /** @enum {string} */
            groupBy: "programme" | "ldp" | "organisation" | "pool" | "role";
            /** @enum {string} */
            population: "participants" | "pool_members" | "board_members" | "senior_post_holders" | "leaders";
            rows: {
                cells: ({
                    value: number;
                } | {
                    /** @enum {boolean} */
                    suppressed: true;
                })[];
                group: string;
                total: {
                    value: number;
                } | {
                    /** @enum {boolean} */
                    suppressed: true;
                };
            }[];
            threshold: number;
        };
        DiversityAggregatePage: {
            items: components["schemas"]["DiversityAggregate"][];
            nextCursor: string | null;
        };
        DiversityQuery: {
            /**
             * @description Ethnicity in the 5 broad ONS groups (default true)
             * @enum {string}
             */
            broadGroups?: "true" | "false";
            /**
             * @default ldp
             * @enum {string}
             */
            by: "programme" | "ldp" | "organisation" | "pool";
            /** @enum {string} */
            characteristic: "sex" | "ageBand" | "ethnicity" | "disability" | "sexualOrientation" | "religion";
            /**
             * @default participants
             * @enum {string}
             */
            population: "participants" | "pool_members";
            /** @description Counts of 1 to threshold-1 are suppressed. May raise the instance’s floor (default 10, set by an admin), never lower it: a lower value is taken as the floor */
            threshold?: string;
        };
        /** @description Evaluation follow-ups due or overdue */
        DueFollowUps: {
            due: {
                daysOverdue: number;
                dueMonths: number;
                dueOn: string;
                enrolmentId: string;
                goalId: string;
                /** @enum {string} */
                status: "due" | "overdue";
            }[];
        };
        /** @description An enquiry for improvement, leadership or clinical advice, routed to a network and answered within service levels */
        Enquiry: {
            /** Format: date-time */
            answeredAt?: string;
            /** Format: email */
            contactEmail: string;
            contactName: string;
            createdAt: string;
            deleted: boolean;
            /** Format: date-time */
            firstResponseAt?: string;
            /** @default [] */
            history: {
                /** @enum {string} */
                action: "route" | "start" | "answer" | "close" | "reopen";
                /** Format: date-time */
                at: string;
                by: string;
                comment?: string;
                /** @enum {string} */
                from: "new" | "routed" | "in_progress" | "answered" | "closed";
                networkId?: string;
                /** @enum {string} */
                to: "new" | "routed" | "in_progress" | "answered" | "closed";
            }[];
            id: string;
            organisationId: string;
            owner: string;
            /** @enum {string} */
            priorityArea?: "cancer" | "cardiovascular" | "maternity_children" | "mental_health_dementia_neurology" | "local";
            question: string;
            /** Format: date-time */
            receivedAt: string;
            routedToNetworkId?: string;
            /**
             * @default new
             * @enum {string}
             */
            status: "new" | "routed" | "in_progress" | "answered" | "closed";
            /** @enum {string} */
            topic: "improvement" | "leadership" | "clinical_network" | "senate_advice" | "research_evaluation" | "other";
            updatedAt: string;
            version: number;
        };
        EnquiryInput: {
            /** Format: email */
            contactEmail: string;
            contactName: string;
            organisationId: string;
            /** @enum {string} */
            priorityArea?: "cancer" | "cardiovascular" | "maternity_children" | "mental_health_dementia_neurology" | "local";
            question: string;
            /** Format: date-time */
            receivedAt: string;
            /** @enum {string} */
            topic: "improvement" | "leadership" | "clinical_network" | "senate_advice" | "research_evaluation" | "other";
        };
        EnquiryPage: {
            items: components["schemas"]["Enquiry"][];
            nextCursor: string | null;
        };
        /** @description Enquiries against their service level */
        EnquirySla: {
            answerDays: number;
            asOf: string;
            byNetwork: {
                answer: {
                    atRisk: number;
                    breached: number;
                    closedUnanswered: number;
                    met: number;
                    open: number;
                };
                enquiries: number;
                firstResponse: {
                    atRisk: number;
                    breached: number;
                    met: number;
                    open: number;
                };
                medianAnswerDays: number | null;
                medianFirstResponseDays: number | null;
                networkId: string | null;
            }[];
            enquiries: {
                answer: ("met" | "breached" | "at_risk" | "open") | "closed_unanswered";
                answerDays: number | null;
                answerDue: string;
                /** @enum {string} */
                firstResponse: "met" | "breached" | "at_risk" | "open";
                firstResponseDays: number | null;
                firstResponseDue: string;
                id: string;
                networkId: string | null;
            }[];
            firstResponseDays: number;
            overall: {
                answer: {
                    atRisk: number;
                    breached: number;
                    closedUnanswered: number;
                    met: number;
                    open: number;
                };
                enquiries: number;
                firstResponse: {
                    atRisk: number;
                    breached: number;
                    met: number;
                    open: number;
                };
                medianAnswerDays: number | null;
                medianFirstResponseDays: number | null;
            };
        };
        EnquiryStepInput: {
            comment?: string;
        };
        /** @description A participant's place on a programme cohort */
        Enrolment: {
            cohortId: string;
            /** Format: date */
            completedOn?: string;
            createdAt: string;
            deleted: boolean;
            /** Format: date */
            enrolledOn: string;
            id: string;
            owner: string;
            participantId: string;
            satisfaction?: number;
            /** @enum {string} */
            status: "offered" | "enrolled" | "completed" | "withdrawn";
            updatedAt: string;
            version: number;
        };
        EnrolmentInput: {
            cohortId: string;
            /** Format: date */
            completedOn?: string;
            /** Format: date */
            enrolledOn: string;
            participantId: string;
            satisfaction?: number;
            /** @enum {string} */
            status: "offered" | "enrolled" | "completed" | "withdrawn";
        };
        EnrolmentPage: {
            items: components["schemas"]["Enrolment"][];
            nextCursor: string | null;
        };
        /** @description A goal set at the end of a programme and followed up at 3, 6 and 12 months */
        EvaluationGoal: {
            createdAt: string;
            deleted: boolean;
            enrolmentId: string;
            followUps: {
                /** @enum {string} */
                attainment?: "not_started" | "partly" | "mostly" | "fully";
                /** Format: date */
                doneOn?: string;
                dueMonths: 3 | 6 | 12;
                /** Format: date */
                dueOn: string;
            }[];
            goal: string;
            id: string;
            owner: string;
            /** Format: date */
            setOn: string;
            updatedAt: string;
            version: number;
        };
        EvaluationGoalInput: {
            enrolmentId: string;
            followUps: {
                /** @enum {string} */
                attainment?: "not_started" | "partly" | "mostly" | "fully";
                /** Format: date */
                doneOn?: string;
                dueMonths: 3 | 6 | 12;
                /** Format: date */
                dueOn: string;
            }[];
            goal: string;
            /** Format: date */
            setOn: string;
        };
        EvaluationGoalPage: {
            items: components["schemas"]["EvaluationGoal"][];
            nextCursor: string | null;
        };
        /** @description An opted-in person of the people directory, with their improvement expertise */
        Expert: {
            bio?: string;
            createdAt: string;
            deleted: boolean;
            /** Format: email */
            email: string;
            expertise: string[];
            id: string;
            name: string;
            /** Format: date */
            optedInOn: string;
            organisationId: string;
            owner: string;
            phone?: string;
            updatedAt: string;
            version: number;
        };
        ExpertInput: {
            bio?: string;
            /** Format: email */
            email: string;
            expertise: string[];
            name: string;
            /** Format: date */
            optedInOn: string;
            organisationId: string;
            phone?: string;
        };
        ExpertNotShared: {
            /** @enum {boolean} */
            deleted: true;
            expertId: string;
        };
        ExpertPage: {
            items: components["schemas"]["Expert"][];
            nextCursor: string | null;
        };
        /** @description Experts ranked by matching expertise */
        ExpertSearch: {
            hits: {
                expert: components["schemas"]["Expert"];
                matched: string[];
            }[];
        };
        /** @description Funding allocated to a body per year (GBP thousands, admin/programme) with planned and actual WTE */
        FinanceAllocation: {
            amountGbpThousands: number;
            bodyId?: string;
            bodyKey: string;
            bodyName: string;
            /** @enum {string} */
            category: "admin" | "programme";
            createdAt: string;
            deleted: boolean;
            id: string;
            note?: string;
            owner: string;
            sharedBy?: string[];
            source?: string;
            splitUndecided?: boolean;
            updatedAt: string;
            version: number;
            wteActual?: number;
            wtePlanned?: number;
            year: string;
        };
        FinanceAllocationInput: {
            amountGbpThousands: number;
            bodyId?: string;
            bodyKey: string;
            bodyName: string;
            /** @enum {string} */
            category: "admin" | "programme";
            note?: string;
            sharedBy?: string[];
            source?: string;
            splitUndecided?: boolean;
            wteActual?: number;
            wtePlanned?: number;
            year: string;
        };
        FinanceAllocationPage: {
            items: components["schemas"]["FinanceAllocation"][];
            nextCursor: string | null;
        };
        /** @description Pooled proportion, per-unit limits and flags */
        Funnel: {
            pooledProportion: number;
            units: {
                denominator: number;
                /** @enum {string} */
                flag: "inside" | "outside95" | "outside998";
                lower95: number;
                lower998: number;
                numerator: number;
                proportion: number;
                /** @enum {string|null} */
                side: "above" | "below" | null;
                unit: string;
                upper95: number;
                upper998: number;
            }[];
        };
        FunnelInput: {
            denominator: number;
            numerator: number;
            unit: string;
        }[];
        /** @description NHS England regions and the 12 clinical senate / clinical network geographies */
        Geography: {
            createdAt: string;
            deleted: boolean;
            id: string;
            key: string;
            /** @enum {string} */
            kind: "country" | "region" | "senate_geography";
            name: string;
            owner: string;
            parentId?: string;
            updatedAt: string;
            version: number;
        };
        GeographyInput: {
            key: string;
            /** @enum {string} */
            kind: "country" | "region" | "senate_geography";
            name: string;
            parentId?: string;
        };
        GeographyPage: {
            items: components["schemas"]["Geography"][];
            nextCursor: string | null;
        };
        /** @description The two national Governing Boards (improvement; leadership, chaired by HEE) */
        GoverningBoard: {
            chairBodyId?: string;
            createdAt: string;
            deleted: boolean;
            id: string;
            key: string;
            /** @enum {string} */
            kind: "improvement" | "leadership" | "senate";
            name: string;
            owner: string;
            regionId?: string;
            updatedAt: string;
            version: number;
        };
        GoverningBoardInput: {
            chairBodyId?: string;
            key: string;
            /** @enum {string} */
            kind: "improvement" | "leadership" | "senate";
            name: string;
            regionId?: string;
        };
        GoverningBoardPage: {
            items: components["schemas"]["GoverningBoard"][];
            nextCursor: string | null;
        };
        Health: {
            instance: string;
            /** @enum {string} */
            role: "local" | "hub";
            schemaVersion: number;
            /** @enum {string} */
            status: "ok";
        };
        HelpRequestInput: {
            /** Format: email */
            contactEmail: string;
            contactName: string;
            odsCode: string;
            /** @enum {string} */
            priorityArea?: "cancer" | "cardiovascular" | "maternity_children" | "mental_health_dementia_neurology" | "local";
            question: string;
            /**
             * @default improvement
             * @enum {string}
             */
            topic: "improvement" | "leadership" | "clinical_network" | "senate_advice" | "research_evaluation" | "other";
        };
        /** @description The reference and where it was routed */
        HelpRequestReceipt: {
            reason: string;
            receivedAt: string;
            reference: string;
            routedTo: {
                name: string;
                networkId: string;
                /** @enum {string} */
                type: "ahsn" | "clinical_network" | "senate" | "ldp" | "improvement_coalition";
            };
            status: string;
        };
        ImportReport: {
            created: number;
            refused: {
                errors: {
                    message: string;
                    path: string;
                }[];
                line: number;
            }[];
            refusedCount: number;
            related: {
                [key: string]: {
                    created: number;
                    unchanged: number;
                    updated: number;
                };
            };
            rows: number;
            skipped: {
                line: number;
                reason: string;
            }[];
            skippedCount: number;
            unchanged: number;
            updated: number;
            written: boolean;
        };
        /** @description An improvement project (service improvement, transformation or intervention) with its aim and driver diagram */
        ImprovementProject: {
            aim: string;
            createdAt: string;
            deleted: boolean;
            driverDiagram?: {
                aim: string;
                /** @default [] */
                primaryDrivers: {
                    /** @default [] */
                    secondaryDrivers: {
                        /** @default [] */
                        changeIdeas: string[];
                        title: string;
                    }[];
                    title: string;
                }[];
            };
            /** Format: date */
            endDate?: string;
            id: string;
            networkId?: string;
            organisationId: string;
            owner: string;
            /** Format: date */
            startDate?: string;
            /**
             * @default planned
             * @enum {string}
             */
            status: "planned" | "active" | "completed" | "abandoned";
            title: string;
            /** @enum {string} */
            type: "service_improvement" | "service_transformation" | "service_intervention";
            updatedAt: string;
            version: number;
        };
        ImprovementProjectInput: {
            aim: string;
            driverDiagram?: {
                aim: string;
                /** @default [] */
                primaryDrivers: {
                    /** @default [] */
                    secondaryDrivers: {
                        /** @default [] */
                        changeIdeas: string[];
                        title: string;
                    }[];
                    title: string;
                }[];
            };
            /** Format: date */
            endDate?: string;
            networkId?: string;
            organisationId: string;
            /** Format: date */
            startDate?: string;
            /**
             * @default planned
             * @enum {string}
             */
            status: "planned" | "active" | "completed" | "abandoned";
            title: string;
            /** @enum {string} */
            type: "service_improvement" | "service_transformation" | "service_intervention";
        };
        ImprovementProjectPage: {
            items: components["schemas"]["ImprovementProject"][];
            nextCursor: string | null;
        };
        /** @description A resource of the one-stop shop: a toolkit, case study, e-learning module or guidance */
        ImprovementResource: {
            createdAt: string;
            deleted: boolean;
            id: string;
            /** @enum {string} */
            kind: "toolkit" | "case_study" | "e_learning" | "guidance";
            networkId?: string;
            owner: string;
            /** Format: date */
            publishedOn?: string;
            summary: string;
            /** @default [] */
            tags: string[];
            title: string;
            updatedAt: string;
            /** Format: uri */
            url?: string;
            version: number;
        };
        ImprovementResourceInput: {
            /** @enum {string} */
            kind: "toolkit" | "case_study" | "e_learning" | "guidance";
            networkId?: string;
            /** Format: date */
            publishedOn?: string;
            summary: string;
            /** @default [] */
            tags: string[];
            title: string;
            /** Format: uri */
            url?: string;
        };
        ImprovementResourcePage: {
            items: components["schemas"]["ImprovementResource"][];
            nextCursor: string | null;
        };
        /** @description An intervention in an organisation by IMAS, an intensive support team, NHS TDA, Monitor, NHS England or CQC */
        Intervention: {
            /** @enum {string} */
            body: "nhs_imas" | "intensive_support_team" | "nhs_tda" | "monitor" | "nhs_england" | "cqc";
            createdAt: string;
            deleted: boolean;
            /** Format: date */
            endDate?: string;
            id: string;
            /** @enum {string} */
            kind: "turnaround" | "special_measures" | "intensive_support" | "improvement_support" | "regulatory_action" | "other";
            notes?: string;
            organisationId: string;
            /** @enum {string} */
            outcome?: "sustained_improvement" | "improvement_not_sustained" | "no_improvement" | "inconclusive";
            owner: string;
            /** Format: date */
            startDate: string;
            updatedAt: string;
            version: number;
        };
        InterventionInput: {
            /** @enum {string} */
            body: "nhs_imas" | "intensive_support_team" | "nhs_tda" | "monitor" | "nhs_england" | "cqc";
            /** Format: date */
            endDate?: string;
            /** @enum {string} */
            kind: "turnaround" | "special_measures" | "intensive_support" | "improvement_support" | "regulatory_action" | "other";
            notes?: string;
            organisationId: string;
            /** @enum {string} */
            outcome?: "sustained_improvement" | "improvement_not_sustained" | "no_improvement" | "inconclusive";
            /** Format: date */
            startDate: string;
        };
        InterventionPage: {
            items: components["schemas"]["Intervention"][];
            nextCursor: string | null;
        };
        /** @description A board member or senior post holder of an organisation, for diversity monitoring */
        Leader: {
            /** @enum {string} */
            ageBand: "under_25" | "25_34" | "35_44" | "45_54" | "55_64" | "65_plus" | "not_stated";
            createdAt: string;
            deleted: boolean;
            /** @enum {string} */
            disability: "yes" | "no" | "not_stated";
            /** @enum {string} */
            ethnicity: "white_british" | "white_irish" | "white_gypsy_or_irish_traveller" | "white_other" | "mixed_white_and_black_caribbean" | "mixed_white_and_black_african" | "mixed_white_and_asian" | "mixed_other" | "asian_indian" | "asian_pakistani" | "asian_bangladeshi" | "asian_chinese" | "asian_other" | "black_african" | "black_caribbean" | "black_other" | "other_arab" | "other_any" | "not_stated";
            id: string;
            name: string;
            organisationId: string;
            owner: string;
            /** @enum {string} */
            religion: "no_religion" | "christian" | "buddhist" | "hindu" | "jewish" | "muslim" | "sikh" | "other" | "not_stated";
            /** @enum {string} */
            role: "board_member" | "senior_post_holder";
            /** @enum {string} */
            sex: "female" | "male" | "not_stated";
            /** @enum {string} */
            sexualOrientation: "heterosexual" | "gay_or_lesbian" | "bisexual" | "other" | "not_stated";
            /** Format: date */
            since?: string;
            title: string;
            updatedAt: string;
            version: number;
        };
        /** @description The suppressed table of the system's leaders */
        LeaderDiversity: {
            table: {
                categories: string[];
                cells: components["schemas"]["PublishedCount"][][];
                characteristic: string;
                columnTotals: components["schemas"]["PublishedCount"][];
                grandTotal: components["schemas"]["PublishedCount"];
                groups: string[];
                rowTotals: components["schemas"]["PublishedCount"][];
                threshold: number;
            };
        };
        LeaderInput: {
            /** @enum {string} */
            ageBand: "under_25" | "25_34" | "35_44" | "45_54" | "55_64" | "65_plus" | "not_stated";
            /** @enum {string} */
            disability: "yes" | "no" | "not_stated";
            /** @enum {string} */
            ethnicity: "white_british" | "white_irish" | "white_gypsy_or_irish_traveller" | "white_other" | "mixed_white_and_black_caribbean" | "mixed_white_and_black_african" | "mixed_white_and_asian" | "mixed_other" | "asian_indian" | "asian_pakistani" | "asian_bangladeshi" | "asian_chinese" | "asian_other" | "black_african" | "black_caribbean" | "black_other" | "other_arab" | "other_any" | "not_stated";
            name: string;
            organisationId: string;
            /** @enum {string} */
            religion: "no_religion" | "christian" | "buddhist" | "hindu" | "jewish" | "muslim" | "sikh" | "other" | "not_stated";
            /** @enum {string} */
            role: "board_member" | "senior_post_holder";
            /** @enum {string} */
            sex: "female" | "male" | "not_stated";
            /** @enum {string} */
            sexualOrientation: "heterosexual" | "gay_or_lesbian" | "bisexual" | "other" | "not_stated";
            /** Format: date */
            since?: string;
            title: string;
        };
        LeaderPage: {
            items: components["schemas"]["Leader"][];
            nextCursor: string | null;
        };
        /** @description A local delivery plan for an AHSN's footprint; alignment is recorded as alignment links */
        LocalDeliveryPlan: {
            createdAt: string;
            deleted: boolean;
            id: string;
            networkId: string;
            owner: string;
            /**
             * @default draft
             * @enum {string}
             */
            status: "draft" | "agreed" | "closed";
            title: string;
            updatedAt: string;
            version: number;
            year: string;
        };
        LocalDeliveryPlanInput: {
            networkId: string;
            /**
             * @default draft
             * @enum {string}
             */
            status: "draft" | "agreed" | "closed";
            title: string;
            year: string;
        };
        LocalDeliveryPlanPage: {
            items: components["schemas"]["LocalDeliveryPlan"][];
            nextCursor: string | null;
        };
        /** @description A page of an origin’s records held by the hub */
        ManifestPage: {
            entries: {
                deleted: boolean;
                entity: string;
                id: string;
                payload?: {
                    [key: string]: unknown;
                };
                version: number;
            }[];
            next: string | null;
        };
        /** @description An outcome, process or balancing measure of an improvement project, charted with SPC */
        Measure: {
            createdAt: string;
            definition: string;
            deleted: boolean;
            fixAfterNPoints?: number;
            id: string;
            /**
             * @default increase
             * @enum {string}
             */
            improvementDirection: "increase" | "decrease" | "neutral";
            /** @enum {string} */
            kind: "outcome" | "process" | "balancing";
            name: string;
            owner: string;
            projectId: string;
            /** @default [] */
            rebase: string[];
            target?: number;
            unit: string;
            updatedAt: string;
            version: number;
        };
        MeasureInput: {
            definition: string;
            fixAfterNPoints?: number;
            /**
             * @default increase
             * @enum {string}
             */
            improvementDirection: "increase" | "decrease" | "neutral";
            /** @enum {string} */
            kind: "outcome" | "process" | "balancing";
            name: string;
            projectId: string;
            /** @default [] */
            rebase: string[];
            target?: number;
            unit: string;
        };
        MeasurePage: {
            items: components["schemas"]["Measure"][];
            nextCursor: string | null;
        };
        /** @description One dated value of a measure */
        MeasureValue: {
            createdAt: string;
            /** Format: date */
            date: string;
            deleted: boolean;
            id: string;
            measureId: string;
            note?: string;
            owner: string;
            updatedAt: string;
            value: number;
            version: number;
        };
        MeasureValueInput: {
            /** Format: date */
            date: string;
            measureId: string;
            note?: string;
            value: number;
        };
        MeasureValuePage: {
            items: components["schemas"]["MeasureValue"][];
            nextCursor: string | null;
        };
        /** @description An organisation's membership of a network, with tier and annual subscription */
        Membership: {
            createdAt: string;
            deleted: boolean;
            id: string;
            networkId: string;
            organisationId: string;
            owner: string;
            /** Format: date */
            since?: string;
            subscriptionGbp?: number;
            /** @enum {string} */
            tier: "core" | "associate" | "partner";
            /** Format: date */
            until?: string;
            updatedAt: string;
            version: number;
        };
        MembershipInput: {
            networkId: string;
            organisationId: string;
            /** Format: date */
            since?: string;
            subscriptionGbp?: number;
            /** @enum {string} */
            tier: "core" | "associate" | "partner";
            /** Format: date */
            until?: string;
        };
        /** @description An invoice for a member organisation's annual subscription to a network */
        MembershipInvoice: {
            amountGbp: number;
            /** Format: email */
            contactEmail?: string;
            createdAt: string;
            deleted: boolean;
            /** Format: date */
            dueOn: string;
            id: string;
            membershipId: string;
            networkId: string;
            organisationId: string;
            owner: string;
            /** Format: date */
            paidOn?: string;
            /**
             * @default issued
             * @enum {string}
             */
            status: "issued" | "paid" | "void";
            updatedAt: string;
            version: number;
            year: string;
        };
        MembershipInvoiceInput: {
            amountGbp: number;
            /** Format: email */
            contactEmail?: string;
            /** Format: date */
            dueOn: string;
            membershipId: string;
            networkId: string;
            organisationId: string;
            /** Format: date */
            paidOn?: string;
            /**
             * @default issued
             * @enum {string}
             */
            status: "issued" | "paid" | "void";
            year: string;
        };
        MembershipInvoicePage: {
            items: components["schemas"]["MembershipInvoice"][];
            nextCursor: string | null;
        };
        MembershipInvoiceSummary: {
            networks: {
                invoices: number;
                issuedGbp: number;
                networkId: string;
                outstandingGbp: number;
                paidGbp: number;
            }[];
            year: string | null;
        };
        MembershipPage: {
            items: components["schemas"]["Membership"][];
            nextCursor: string | null;
        };
        /** @description A person seeking a coach or mentor from the register */
        Mentee: {
            createdAt: string;
            deleted: boolean;
            /** @enum {string} */
            ethnicity?: "white_british" | "white_irish" | "white_gypsy_or_irish_traveller" | "white_other" | "mixed_white_and_black_caribbean" | "mixed_white_and_black_african" | "mixed_white_and_asian" | "mixed_other" | "asian_indian" | "asian_pakistani" | "asian_bangladeshi" | "asian_chinese" | "asian_other" | "black_african" | "black_caribbean" | "black_other" | "other_arab" | "other_any" | "not_stated";
            id: string;
            name: string;
            needs: string[];
            organisationId: string;
            owner: string;
            preferences: {
                sameEthnicity?: boolean;
                sameSex?: boolean;
            };
            /** @enum {string} */
            seeks?: "coach" | "mentor";
            /** @enum {string} */
            sex?: "female" | "male" | "not_stated";
            updatedAt: string;
            version: number;
        };
        MenteeInput: {
            /** @enum {string} */
            ethnicity?: "white_british" | "white_irish" | "white_gypsy_or_irish_traveller" | "white_other" | "mixed_white_and_black_caribbean" | "mixed_white_and_black_african" | "mixed_white_and_asian" | "mixed_other" | "asian_indian" | "asian_pakistani" | "asian_bangladeshi" | "asian_chinese" | "asian_other" | "black_african" | "black_caribbean" | "black_other" | "other_arab" | "other_any" | "not_stated";
            name: string;
            needs: string[];
            organisationId: string;
            preferences: {
                sameEthnicity?: boolean;
                sameSex?: boolean;
            };
            /** @enum {string} */
            seeks?: "coach" | "mentor";
            /** @enum {string} */
            sex?: "female" | "male" | "not_stated";
        };
        MenteePage: {
            items: components["schemas"]["Mentee"][];
            nextCursor: string | null;
        };
        /** @description Each mentee’s coach, with the reasons */
        MentoringMatches: {
            matches: {
                coachId: string;
                menteeId: string;
                reasons: string[];
                score: number;
            }[];
            totalScore: number;
            unmatched: {
                menteeId: string;
                reasons: string[];
            }[];
        };
        /** @description National bodies (NHS England, TDA, Monitor, HEE, PHE, CQC), DH as sponsor, frontline representatives */
        NationalBody: {
            createdAt: string;
            deleted: boolean;
            id: string;
            key: string;
            /** @enum {string} */
            kind: "national_body" | "system_sponsor" | "frontline_representative" | "national_programme" | "regional_team";
            name: string;
            owner: string;
            regionId?: string;
            shortName?: string;
            updatedAt: string;
            version: number;
        };
        NationalBodyInput: {
            key: string;
            /** @enum {string} */
            kind: "national_body" | "system_sponsor" | "frontline_representative" | "national_programme" | "regional_team";
            name: string;
            regionId?: string;
            shortName?: string;
        };
        NationalBodyPage: {
            items: components["schemas"]["NationalBody"][];
            nextCursor: string | null;
        };
        /** @description Published tables summed and suppressed again */
        NationalDiversity: {
            categories: string[];
            cells: components["schemas"]["PublishedCount"][][];
            columnTotals: components["schemas"]["PublishedCount"][];
            excluded: {
                id: string;
                owner: string;
                reason: string;
            }[];
            grandTotal: components["schemas"]["PublishedCount"];
            rows: string[];
            /** @enum {string} */
            rowsBy: "group" | "instance";
            rowTotals: components["schemas"]["PublishedCount"][];
            sources: {
                computedOn: string;
                id: string;
                owner: string;
            }[];
            threshold: number;
        };
        /** @description A national strategy: improvement, or leadership development (with talent management) */
        NationalStrategy: {
            createdAt: string;
            deleted: boolean;
            /** Format: date */
            endsOn?: string;
            id: string;
            key: string;
            /** @enum {string} */
            kind: "improvement" | "leadership";
            owner: string;
            /** Format: date */
            startsOn?: string;
            /**
             * @default draft
             * @enum {string}
             */
            status: "draft" | "published" | "retired";
            title: string;
            updatedAt: string;
            version: number;
        };
        NationalStrategyInput: {
            /** Format: date */
            endsOn?: string;
            key: string;
            /** @enum {string} */
            kind: "improvement" | "leadership";
            /** Format: date */
            startsOn?: string;
            /**
             * @default draft
             * @enum {string}
             */
            status: "draft" | "published" | "retired";
            title: string;
        };
        NationalStrategyPage: {
            items: components["schemas"]["NationalStrategy"][];
            nextCursor: string | null;
        };
        Navigation: {
            /** @description The single point of local access for improvement (rec 7) */
            ahsn: {
                ahsnId?: string;
                createdAt: string;
                deleted: boolean;
                geographyId?: string;
                hostOrganisationId?: string;
                id: string;
                key: string;
                name: string;
                owner: string;
                /** @enum {string} */
                priorityArea?: "cancer" | "cardiovascular" | "maternity_children" | "mental_health_dementia_neurology" | "local";
                /** @enum {string} */
                type: "ahsn" | "clinical_network" | "senate" | "ldp" | "improvement_coalition";
                updatedAt: string;
                version: number;
                /** Format: uri */
                website?: string;
            } | null;
            clinicalNetworks: components["schemas"]["Network"][];
            /** @description When the code asked for had closed by asOf: that organisation (the answer is for its successor) */
            closedOrganisation?: {
                /** Format: date */
                closedOn?: string;
                createdAt: string;
                deleted: boolean;
                geographyId?: string;
                id: string;
                localOffice?: string;
                name: string;
                odsCode?: string;
                /** Format: date */
                openedOn?: string;
                owner: string;
                postcode?: string;
                successorId?: string;
                /** @enum {string} */
                type: "acute" | "mental_health" | "community" | "ambulance" | "commissioner" | "primary_care" | "local_authority" | "care_home" | "csu" | "independent" | "voluntary" | "university" | "clahrc" | "improvement_agency" | "healthwatch" | "letb" | "national_body" | "other";
                updatedAt: string;
                version: number;
            };
            improvementCoalition: components["schemas"]["Network"] & (Record<string, never> | null);
            /** @description The Local Delivery Partner of the NHS Leadership Academy */
            ldp: {
                ahsnId?: string;
                createdAt: string;
                deleted: boolean;
                geographyId?: string;
                hostOrganisationId?: string;
                id: string;
                key: string;
                name: string;
                owner: string;
                /** @enum {string} */
                priorityArea?: "cancer" | "cardiovascular" | "maternity_children" | "mental_health_dementia_neurology" | "local";
                /** @enum {string} */
                type: "ahsn" | "clinical_network" | "senate" | "ldp" | "improvement_coalition";
                updatedAt: string;
                version: number;
                /** Format: uri */
                website?: string;
            } | null;
            offers: {
                /** @default [] */
                audience: ("acute" | "mental_health" | "community" | "ambulance" | "commissioner" | "primary_care" | "local_authority" | "care_home" | "csu" | "independent" | "voluntary" | "university" | "clahrc" | "improvement_agency" | "healthwatch" | "letb" | "national_body" | "other")[];
                createdAt: string;
                deleted: boolean;
                description?: string;
                id: string;
                /** @enum {string} */
                kind: "programme" | "support" | "resource" | "event";
                networkId: string;
                networkName: string;
                networkType: string;
                owner: string;
                title: string;
                updatedAt: string;
                /** Format: uri */
                url?: string;
                version: number;
            }[];
            organisation: components["schemas"]["Organisation"];
            senate: components["schemas"]["Network"] & (Record<string, never> | null);
        };
        /** @description AHSNs, clinical networks, clinical senates, Local Delivery Partners and local improvement coalitions */
        Network: {
            ahsnId?: string;
            createdAt: string;
            deleted: boolean;
            geographyId?: string;
            hostOrganisationId?: string;
            id: string;
            key: string;
            name: string;
            owner: string;
            /** @enum {string} */
            priorityArea?: "cancer" | "cardiovascular" | "maternity_children" | "mental_health_dementia_neurology" | "local";
            /** @enum {string} */
            type: "ahsn" | "clinical_network" | "senate" | "ldp" | "improvement_coalition";
            updatedAt: string;
            version: number;
            /** Format: uri */
            website?: string;
        };
        NetworkInput: {
            ahsnId?: string;
            geographyId?: string;
            hostOrganisationId?: string;
            key: string;
            name: string;
            /** @enum {string} */
            priorityArea?: "cancer" | "cardiovascular" | "maternity_children" | "mental_health_dementia_neurology" | "local";
            /** @enum {string} */
            type: "ahsn" | "clinical_network" | "senate" | "ldp" | "improvement_coalition";
            /** Format: uri */
            website?: string;
        };
        NetworkPage: {
            items: components["schemas"]["Network"][];
            nextCursor: string | null;
        };
        /** @description A nine-box assessment of performance and potential */
        NineBox: {
            /** Format: date */
            assessedOn: string;
            createdAt: string;
            deleted: boolean;
            id: string;
            owner: string;
            participantId: string;
            performance: number;
            potential: number;
            updatedAt: string;
            version: number;
        };
        NineBoxInput: {
            /** Format: date */
            assessedOn: string;
            participantId: string;
            performance: number;
            potential: number;
        };
        NineBoxPage: {
            items: components["schemas"]["NineBox"][];
            nextCursor: string | null;
        };
        /** @description An offer of help (programme, support, resource, event) that a network makes to organisations */
        Offer: {
            /** @default [] */
            audience: ("acute" | "mental_health" | "community" | "ambulance" | "commissioner" | "primary_care" | "local_authority" | "care_home" | "csu" | "independent" | "voluntary" | "university" | "clahrc" | "improvement_agency" | "healthwatch" | "letb" | "national_body" | "other")[];
            createdAt: string;
            deleted: boolean;
            description?: string;
            id: string;
            /** @enum {string} */
            kind: "programme" | "support" | "resource" | "event";
            networkId: string;
            owner: string;
            title: string;
            updatedAt: string;
            /** Format: uri */
            url?: string;
            version: number;
        };
        OfferInput: {
            /** @default [] */
            audience: ("acute" | "mental_health" | "community" | "ambulance" | "commissioner" | "primary_care" | "local_authority" | "care_home" | "csu" | "independent" | "voluntary" | "university" | "clahrc" | "improvement_agency" | "healthwatch" | "letb" | "national_body" | "other")[];
            description?: string;
            /** @enum {string} */
            kind: "programme" | "support" | "resource" | "event";
            networkId: string;
            title: string;
            /** Format: uri */
            url?: string;
        };
        OfferPage: {
            items: components["schemas"]["Offer"][];
            nextCursor: string | null;
        };
        /** @description Organisations (NHS trusts, commissioners, local partners) with their ODS code and type */
        Organisation: {
            /** Format: date */
            closedOn?: string;
            createdAt: string;
            deleted: boolean;
            geographyId?: string;
            id: string;
            localOffice?: string;
            name: string;
            odsCode?: string;
            /** Format: date */
            openedOn?: string;
            owner: string;
            postcode?: string;
            successorId?: string;
            /** @enum {string} */
            type: "acute" | "mental_health" | "community" | "ambulance" | "commissioner" | "primary_care" | "local_authority" | "care_home" | "csu" | "independent" | "voluntary" | "university" | "clahrc" | "improvement_agency" | "healthwatch" | "letb" | "national_body" | "other";
            updatedAt: string;
            version: number;
        };
        OrganisationInput: {
            /** Format: date */
            closedOn?: string;
            geographyId?: string;
            localOffice?: string;
            name: string;
            odsCode?: string;
            /** Format: date */
            openedOn?: string;
            postcode?: string;
            successorId?: string;
            /** @enum {string} */
            type: "acute" | "mental_health" | "community" | "ambulance" | "commissioner" | "primary_care" | "local_authority" | "care_home" | "csu" | "independent" | "voluntary" | "university" | "clahrc" | "improvement_agency" | "healthwatch" | "letb" | "national_body" | "other";
        };
        OrganisationPage: {
            items: components["schemas"]["Organisation"][];
            nextCursor: string | null;
        };
        /** @description An organisation's improvement or leadership development strategy; alignment is recorded as alignment links */
        OrganisationStrategy: {
            /** Format: date */
            approvedOn?: string;
            createdAt: string;
            deleted: boolean;
            id: string;
            /** @enum {string} */
            kind: "improvement" | "leadership" | "combined";
            organisationId: string;
            owner: string;
            title: string;
            updatedAt: string;
            /** Format: uri */
            url?: string;
            /** Format: date */
            validUntil?: string;
            version: number;
        };
        OrganisationStrategyInput: {
            /** Format: date */
            approvedOn?: string;
            /** @enum {string} */
            kind: "improvement" | "leadership" | "combined";
            organisationId: string;
            title: string;
            /** Format: uri */
            url?: string;
            /** Format: date */
            validUntil?: string;
        };
        OrganisationStrategyPage: {
            items: components["schemas"]["OrganisationStrategy"][];
            nextCursor: string | null;
        };
        /** @description A participant in leadership development programmes */
        Participant: {
            /** @enum {string} */
            ageBand: "under_25" | "25_34" | "35_44" | "45_54" | "55_64" | "65_plus" | "not_stated";
            band: string;
            createdAt: string;
            deleted: boolean;
            /** @enum {string} */
            disability: "yes" | "no" | "not_stated";
            /** Format: email */
            email: string;
            /** @enum {string} */
            ethnicity: "white_british" | "white_irish" | "white_gypsy_or_irish_traveller" | "white_other" | "mixed_white_and_black_caribbean" | "mixed_white_and_black_african" | "mixed_white_and_asian" | "mixed_other" | "asian_indian" | "asian_pakistani" | "asian_bangladeshi" | "asian_chinese" | "asian_other" | "black_african" | "black_caribbean" | "black_other" | "other_arab" | "other_any" | "not_stated";
            id: string;
            name: string;
            organisationId: string;
            owner: string;
            profession: string;
            /** @enum {string} */
            religion: "no_religion" | "christian" | "buddhist" | "hindu" | "jewish" | "muslim" | "sikh" | "other" | "not_stated";
            /** @enum {string} */
            sex: "female" | "male" | "not_stated";
            /** @enum {string} */
            sexualOrientation: "heterosexual" | "gay_or_lesbian" | "bisexual" | "other" | "not_stated";
            updatedAt: string;
            version: number;
        };
        ParticipantInput: {
            /** @enum {string} */
            ageBand: "under_25" | "25_34" | "35_44" | "45_54" | "55_64" | "65_plus" | "not_stated";
            band: string;
            /** @enum {string} */
            disability: "yes" | "no" | "not_stated";
            /** Format: email */
            email: string;
            /** @enum {string} */
            ethnicity: "white_british" | "white_irish" | "white_gypsy_or_irish_traveller" | "white_other" | "mixed_white_and_black_caribbean" | "mixed_white_and_black_african" | "mixed_white_and_asian" | "mixed_other" | "asian_indian" | "asian_pakistani" | "asian_bangladeshi" | "asian_chinese" | "asian_other" | "black_african" | "black_caribbean" | "black_other" | "other_arab" | "other_any" | "not_stated";
            name: string;
            organisationId: string;
            profession: string;
            /** @enum {string} */
            religion: "no_religion" | "christian" | "buddhist" | "hindu" | "jewish" | "muslim" | "sikh" | "other" | "not_stated";
            /** @enum {string} */
            sex: "female" | "male" | "not_stated";
            /** @enum {string} */
            sexualOrientation: "heterosexual" | "gay_or_lesbian" | "bisexual" | "other" | "not_stated";
        };
        ParticipantPage: {
            items: components["schemas"]["Participant"][];
            nextCursor: string | null;
        };
        /** @description A Plan-Do-Study-Act cycle testing one change idea of an improvement project */
        PdsaCycle: {
            /** @enum {string} */
            act?: "adopt" | "adapt" | "abandon";
            changeIdea: string;
            createdAt: string;
            cycleNumber: number;
            deleted: boolean;
            doNotes?: string;
            /** Format: date */
            endDate?: string;
            id: string;
            owner: string;
            plan: string;
            prediction: string;
            projectId: string;
            /** Format: date */
            startDate: string;
            study?: string;
            updatedAt: string;
            version: number;
        };
        PdsaCycleInput: {
            /** @enum {string} */
            act?: "adopt" | "adapt" | "abandon";
            changeIdea: string;
            cycleNumber: number;
            doNotes?: string;
            /** Format: date */
            endDate?: string;
            plan: string;
            prediction: string;
            projectId: string;
            /** Format: date */
            startDate: string;
            study?: string;
        };
        PdsaCyclePage: {
            items: components["schemas"]["PdsaCycle"][];
            nextCursor: string | null;
        };
        /** @description Each AHSN's plan against its networks' priorities */
        PlanAlignment: {
            ahsns: {
                ahsnId: string;
                ahsnPriorities: ("cancer" | "cardiovascular" | "maternity_children" | "mental_health_dementia_neurology" | "local")[];
                clinicalNetworks: {
                    addressedByAhsn: boolean;
                    name: string;
                    networkId: string;
                    planId: string | null;
                    /** @enum {string} */
                    priorityArea: "cancer" | "cardiovascular" | "maternity_children" | "mental_health_dementia_neurology" | "local";
                    sharedDeliverables: string[];
                }[];
                gaps: ("cancer" | "cardiovascular" | "maternity_children" | "mental_health_dementia_neurology" | "local")[];
                name: string;
                planId: string | null;
                score: number | null;
                /** @enum {string} */
                status: "no_plan" | "aligned" | "partly_aligned" | "not_aligned" | "no_networks";
            }[];
            aligned: number;
            year: string;
        };
        PluginList: {
            plugins: {
                apiVersion: number;
                entities: {
                    name: string;
                    /** @enum {string} */
                    sync: "local" | "shared";
                }[];
                id: string;
                version: string;
            }[];
        };
        /** @description Population share per category of a protected characteristic, for a geography (e.g. an LDP footprint), as the benchmark for diversity */
        PopulationBenchmark: {
            category: string;
            /** @enum {string} */
            characteristic: "sex" | "ageBand" | "ethnicity" | "disability" | "sexualOrientation" | "religion";
            createdAt: string;
            deleted: boolean;
            geography: string;
            id: string;
            owner: string;
            share: number;
            source?: string;
            updatedAt: string;
            version: number;
        };
        PopulationBenchmarkInput: {
            category: string;
            /** @enum {string} */
            characteristic: "sex" | "ageBand" | "ethnicity" | "disability" | "sexualOrientation" | "religion";
            geography: string;
            share: number;
            source?: string;
        };
        PopulationBenchmarkPage: {
            items: components["schemas"]["PopulationBenchmark"][];
            nextCursor: string | null;
        };
        /** @description A national strategy priority with its code */
        Priority: {
            code: string;
            createdAt: string;
            deleted: boolean;
            description?: string;
            id: string;
            owner: string;
            strategyId: string;
            title: string;
            updatedAt: string;
            version: number;
        };
        PriorityInput: {
            code: string;
            description?: string;
            strategyId: string;
            title: string;
        };
        PriorityPage: {
            items: components["schemas"]["Priority"][];
            nextCursor: string | null;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            detail: string;
            errors?: {
                detail: string;
                path: (string | number)[];
                pointer: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
        };
        /** @description A leadership development programme in the national catalogue */
        Programme: {
            commissionedBy: string;
            costPerPlace?: number;
            createdAt: string;
            deleted: boolean;
            deliveredBy?: string;
            description: string;
            id: string;
            /** @enum {string} */
            level: "entry" | "first_line" | "middle" | "senior" | "executive" | "system";
            name: string;
            owner: string;
            professions: string[];
            updatedAt: string;
            version: number;
        };
        ProgrammeInput: {
            commissionedBy: string;
            costPerPlace?: number;
            deliveredBy?: string;
            description: string;
            /** @enum {string} */
            level: "entry" | "first_line" | "middle" | "senior" | "executive" | "system";
            name: string;
            professions: string[];
        };
        ProgrammePage: {
            items: components["schemas"]["Programme"][];
            nextCursor: string | null;
        };
        /** @description A project’s measures with their analyses */
        ProjectSpc: {
            measures: {
                analysis: components["schemas"]["SpcAnalysis"] & (Record<string, never> | null);
                error: string | null;
                measure: components["schemas"]["Measure"];
                /** @description How many values the measure has */
                values: number;
            }[];
            project: components["schemas"]["ImprovementProject"];
        };
        PublishedCount: {
            value: number;
        } | {
            /** @enum {boolean} */
            suppressed: true;
        };
        /** @description A page of the hub’s feed */
        PullPage: {
            changes: {
                entity: string;
                id: string;
                /** @enum {string} */
                op: "upsert" | "delete";
                owner: string;
                payload: {
                    [key: string]: unknown;
                } | null;
                seq: number;
                version: number;
            }[];
            hasMore: boolean;
            hubEpoch: string;
            next: number;
            nextKey: string;
            restarted?: boolean;
            schemaVersion: number;
        };
        PushBatch: {
            changes: {
                entity: string;
                id: string;
                /** @enum {string} */
                op: "upsert" | "delete";
                owner: string;
                /** @description The record’s shared fields (null for a deletion without them) */
                payload: Record<string, never> | null;
                seq: number;
                version: number;
            }[];
            epoch: string;
            fromSeq: number;
            origin: string;
            reset?: boolean;
            schemaVersion: number;
            toSeq: number;
        };
        /** @description What the hub did with a batch */
        PushResult: {
            applied: number;
            epoch: string;
            hubEpoch: string;
            ignored: number;
            lastChangeKey: string;
            lastChangeSeq: number;
            lastSeq: number;
            origin: string;
            quarantined: {
                entity: string;
                id: string;
                reason: string;
                seq: number;
                version: number;
            }[];
        };
        /** @description Changes that could never apply, newest first */
        Quarantine: {
            items: {
                at: string;
                entity: string;
                epoch: string;
                id: number;
                origin: string;
                reason: string;
                recordId: string;
                seq: number;
                version: number;
            }[];
        };
        /** @description The review's 16 recommendations with implementation status, owner and evidence */
        Recommendation: {
            createdAt: string;
            deleted: boolean;
            /** Format: date */
            dueDate?: string;
            /** @default [] */
            evidence: {
                /** Format: date */
                date: string;
                summary: string;
                /** Format: uri */
                url?: string;
            }[];
            id: string;
            number: number;
            owner: string;
            ownerBodyId?: string;
            paragraph?: string;
            /** @default [] */
            points: {
                label?: string;
                level: number;
                text: string;
            }[];
            /**
             * @default not_started
             * @enum {string}
             */
            status: "not_started" | "in_progress" | "implemented" | "superseded";
            text?: string;
            title: string;
            updatedAt: string;
            version: number;
        };
        RecommendationInput: {
            /** Format: date */
            dueDate?: string;
            /** @default [] */
            evidence: {
                /** Format: date */
                date: string;
                summary: string;
                /** Format: uri */
                url?: string;
            }[];
            number: number;
            ownerBodyId?: string;
            paragraph?: string;
            /** @default [] */
            points: {
                label?: string;
                level: number;
                text: string;
            }[];
            /**
             * @default not_started
             * @enum {string}
             */
            status: "not_started" | "in_progress" | "implemented" | "superseded";
            text?: string;
            title: string;
        };
        RecommendationPage: {
            items: components["schemas"]["Recommendation"][];
            nextCursor: string | null;
        };
        /** @description Repeated and concurrent interventions */
        RepeatedInterventions: {
            asOf: string;
            concurrent: {
                bodies: [
                    string,
                    string
                ];
                from: string;
                interventionIds: [
                    string,
                    string
                ];
                organisationId: string;
                to: string | null;
            }[];
            flaggedOrganisationIds: string[];
            repeated: {
                bodies: string[];
                count: number;
                firstStart: string;
                interventionIds: string[];
                kinds: string[];
                lastStart: string;
                ongoing: number;
                organisationId: string;
            }[];
            threshold: number;
            windowMonths: number;
            windowStart: string;
        };
        /** @description Resources ranked by relevance */
        ResourceSearch: {
            hits: {
                matchedTerms: string[];
                resource: components["schemas"]["ImprovementResource"];
                score: number;
            }[];
        };
        /** @description Median, shifts, trends and runs of a run chart */
        RunChart: {
            median: number | null;
            points: {
                astronomical: boolean;
                date: string;
                shift: boolean;
                /** @enum {string|null} */
                side: "above" | "below" | "on" | null;
                trend: boolean;
                value: number | null;
            }[];
            runs: number;
            runsLimits: {
                lower: number;
                upper: number;
                usefulObservations: number;
            } | null;
            signal: boolean;
            tooFewRuns: boolean;
            tooManyRuns: boolean;
            usefulObservations: number;
        };
        RunChartInput: {
            /** @default false */
            astronomical: boolean;
            points: {
                /** Format: date */
                date: string;
                value: number | null;
            }[];
        };
        /** @description Savings against each target */
        SavingsProgress: {
            targets: {
                baselineGbpThousands: number;
                baselineYear: string;
                bodies: {
                    baselineGbpThousands: number;
                    bodyKey: string;
                    bodyName: string;
                    savingGbpThousands: number;
                    targetYearGbpThousands: number;
                }[];
                bodyKeys: string[];
                byCategory: {
                    [key: string]: {
                        baselineGbpThousands: number;
                        targetYearGbpThousands: number;
                    };
                };
                met: boolean | null;
                metAmount: boolean | null;
                metPercent: boolean | null;
                missing: {
                    bodyKey: string;
                    year: string;
                }[];
                reference: string | null;
                requiredGbpThousands: number | null;
                requiredPercent: number | null;
                savingGbpThousands: number;
                savingPercent: number;
                scope: string;
                targetId: string;
                targetYear: string;
                targetYearGbpThousands: number;
            }[];
        };
        /** @description A savings target as a share of a baseline or an absolute sum (GBP thousands) */
        SavingsTarget: {
            amountGbpThousands?: number;
            baselineYear: string;
            /** @default [] */
            bodyKeys: string[];
            createdAt: string;
            deleted: boolean;
            id: string;
            minimumPercent?: number;
            owner: string;
            reference?: string;
            scope: string;
            targetYear: string;
            updatedAt: string;
            version: number;
        };
        SavingsTargetInput: {
            amountGbpThousands?: number;
            baselineYear: string;
            /** @default [] */
            bodyKeys: string[];
            minimumPercent?: number;
            reference?: string;
            scope: string;
            targetYear: string;
        };
        SavingsTargetPage: {
            items: components["schemas"]["SavingsTarget"][];
            nextCursor: string | null;
        };
        /** @description A senior post covered by national talent management and succession planning */
        SeniorPost: {
            createdAt: string;
            deleted: boolean;
            /** Format: date */
            expectedVacancyDate?: string;
            id: string;
            incumbentLikelyToLeave?: boolean;
            incumbentName: string;
            organisationId: string;
            owner: string;
            title: string;
            updatedAt: string;
            version: number;
        };
        SeniorPostInput: {
            /** Format: date */
            expectedVacancyDate?: string;
            incumbentLikelyToLeave?: boolean;
            incumbentName: string;
            organisationId: string;
            title: string;
        };
        SeniorPostPage: {
            items: components["schemas"]["SeniorPost"][];
            nextCursor: string | null;
        };
        /** @description An opted-in expert's card shared with every region: name, organisation and expertise only */
        SharedExpert: {
            createdAt: string;
            deleted: boolean;
            expertId?: string;
            expertise: string[];
            id: string;
            name: string;
            organisationId: string;
            owner: string;
            /** Format: date */
            sharedOn: string;
            updatedAt: string;
            version: number;
        };
        /** @description Cards of shared experts */
        SharedExpertHits: {
            items: {
                expertise: string[];
                id: string;
                name: string;
                organisationId: string;
                organisationName: string | null;
                sharedBy: string;
                sharedOn: string;
            }[];
        };
        SharedExpertInput: {
            expertId?: string;
            expertise: string[];
            name: string;
            organisationId: string;
            /** Format: date */
            sharedOn: string;
        };
        SharedExpertPage: {
            items: components["schemas"]["SharedExpert"][];
            nextCursor: string | null;
        };
        /** @description XmR ("Making Data Count") analysis, as NHSRplotthedots computes it */
        SpcAnalysis: {
            assuranceIcon: string | null;
            points: {
                date: string;
                lpl: number | null;
                mean: number | null;
                pointType: string;
                rebaseGroup: number;
                specialCauseType: string;
                twoSigmaLower: number | null;
                twoSigmaUpper: number | null;
                upl: number | null;
                value: number | null;
            }[];
            variationIcon: string;
            warnings: string[];
        };
        SpcInput: {
            fixAfterNPoints?: number | null;
            /**
             * @default increase
             * @enum {string}
             */
            improvementDirection: "increase" | "decrease" | "neutral";
            points: {
                /** Format: date */
                date: string;
                value: number | null;
            }[];
            /** @default [] */
            rebase: string[];
            /** @default true */
            screenOutliers: boolean;
            target?: number | null;
        };
        /** @description Organisations with a current strategy */
        StrategyCompliance: {
            asOf: string;
            byNetwork: {
                [key: string]: {
                    compliant: number;
                    key: string;
                    name: string;
                    networkId: string;
                    organisations: number;
                    share: number;
                    type: string;
                }[];
            };
            byRegion: {
                compliant: number;
                key: string;
                name: string;
                organisations: number;
                regionId: string | null;
                share: number;
            }[];
            kinds: ("improvement" | "leadership")[];
            organisations: {
                compliant: boolean;
                covered: ("improvement" | "leadership")[];
                currentStrategyIds: string[];
                missing: ("improvement" | "leadership")[];
                organisationId: string;
            }[];
            overall: {
                compliant: number;
                organisations: number;
                share: number;
            };
        };
        /** @description Coverage of each national strategy’s priorities */
        StrategyCoverage: {
            danglingLinks: number;
            overall: {
                coverage: number;
                covered: number;
                total: number;
            };
            sources: {
                priorityIds: string[];
                sourceId: string;
                /** @enum {string} */
                sourceKind: "organisation_strategy" | "local_delivery_plan";
                strategyIds: string[];
            }[];
            strategies: {
                coverage: number;
                covered: number;
                gaps: {
                    code: string;
                    priorityId: string;
                    title: string;
                }[];
                key: string;
                kind: string;
                priorities: {
                    byKind: {
                        local_delivery_plan?: number;
                        organisation_strategy?: number;
                    };
                    code: string;
                    priorityId: string;
                    sourceCount: number;
                    sourceIds: string[];
                    title: string;
                }[];
                strategyId: string;
                title: string;
                total: number;
            }[];
        };
        /** @description The succession plan of a senior post */
        SuccessionPlan: {
            createdAt: string;
            deleted: boolean;
            id: string;
            owner: string;
            postId: string;
            successors: {
                personRef: string;
                /** @enum {string} */
                readiness: "ready_now" | "1_2_years" | "3_5_years";
            }[];
            updatedAt: string;
            version: number;
        };
        SuccessionPlanInput: {
            postId: string;
            successors: {
                personRef: string;
                /** @enum {string} */
                readiness: "ready_now" | "1_2_years" | "3_5_years";
            }[];
        };
        SuccessionPlanPage: {
            items: components["schemas"]["SuccessionPlan"][];
            nextCursor: string | null;
        };
        /** @description Succession risk per senior post */
        SuccessionRisk: {
            asOf: string;
            nationalRiskList: {
                daysToVacancy?: number;
                flags: string[];
                /** @enum {string} */
                level: "high" | "medium" | "low" | "none";
                organisationId: string;
                overcommitted: {
                    personRef: string;
                    posts: number;
                }[];
                postId: string;
                readyNow: number;
                reasons: string[];
                successors: number;
                title: string;
            }[];
            posts: {
                daysToVacancy?: number;
                flags: string[];
                /** @enum {string} */
                level: "high" | "medium" | "low" | "none";
                organisationId: string;
                overcommitted: {
                    personRef: string;
                    posts: number;
                }[];
                postId: string;
                readyNow: number;
                reasons: string[];
                successors: number;
                title: string;
            }[];
            unknownPostIds: string[];
        };
        SyncRepair: {
            /**
             * @description `reassign` (the default): hand the record to `owner`. `remove`: tombstone a record a region holds, freeing its natural key (ODS code, network key) for its rightful holder
             * @default reassign
             * @enum {string}
             */
            action: "reassign" | "remove";
            entity: string;
            id: string;
            /** @description For `reassign`: the origin that minted the record’s id, or `hub`; never a region for a national record or one of the hub’s */
            owner?: string;
            reason?: string;
        };
        /** @description What the repair did to the record */
        SyncRepairResult: {
            entity: string;
            from: string;
            id: string;
            removed: boolean;
            to: string;
            /** @description Reassigned: 0 (the owner’s next change wins); removed: the tombstone’s version */
            version: number;
        };
        /** @description Per origin (hub) or of this instance (local) */
        SyncStatus: {
            epoch: string;
            instance: string;
            origins: {
                digest: string;
                epoch: string;
                lastError: string | null;
                lastSeq: number;
                lastSuccessAt: string | null;
                origin: string;
                quarantined: number;
                records: number;
                tombstones: number;
            }[];
            /** @enum {string} */
            role: "hub";
            schemaVersion: number;
        } | {
            acked: number;
            backlog: number;
            epoch: string;
            instance: string;
            lastError: string | null;
            lastSuccessAt: string | null;
            logMax: number;
            owned: {
                digest: string;
                records: number;
                tombstones: number;
            };
            pull: {
                after: number;
                hubEpoch: string;
            };
            quarantined: number;
            /** @enum {string} */
            role: "local";
        };
        /** @description A national or local talent pool */
        TalentPool: {
            createdAt: string;
            deleted: boolean;
            description?: string;
            id: string;
            name: string;
            networkId?: string;
            owner: string;
            /** @enum {string} */
            scope: "national" | "local";
            updatedAt: string;
            version: number;
        };
        TalentPoolInput: {
            description?: string;
            name: string;
            networkId?: string;
            /** @enum {string} */
            scope: "national" | "local";
        };
        /** @description Membership of a participant in a talent pool */
        TalentPoolMember: {
            /** Format: date */
            addedOn: string;
            createdAt: string;
            deleted: boolean;
            id: string;
            owner: string;
            participantId: string;
            poolId: string;
            updatedAt: string;
            version: number;
        };
        TalentPoolMemberInput: {
            /** Format: date */
            addedOn: string;
            participantId: string;
            poolId: string;
        };
        TalentPoolMemberPage: {
            items: components["schemas"]["TalentPoolMember"][];
            nextCursor: string | null;
        };
        TalentPoolPage: {
            items: components["schemas"]["TalentPool"][];
            nextCursor: string | null;
        };
        /** @description Cost per completion and per goal attained */
        ValueForMoney: {
            budget: {
                programmeGbpThousands: number;
                source: string | null;
                year: string;
            } | null;
            byLdp: {
                cohorts: number;
                completionRate: number | null;
                completions: number;
                cost: number;
                costPerCompletion: number | null;
                costPerGoalAttained: number | null;
                enrolments: number;
                goals: number;
                goalsAttained: number;
                ldpId: string;
                places: number;
                withdrawals: number;
            }[];
            byProgramme: {
                cohorts: number;
                completionRate: number | null;
                completions: number;
                cost: number;
                costPerCompletion: number | null;
                costPerGoalAttained: number | null;
                enrolments: number;
                goals: number;
                goalsAttained: number;
                places: number;
                programmeId: string;
                withdrawals: number;
            }[];
            byProgrammeAndLdp: {
                cohorts: number;
                completionRate: number | null;
                completions: number;
                cost: number;
                costPerCompletion: number | null;
                costPerGoalAttained: number | null;
                enrolments: number;
                goals: number;
                goalsAttained: number;
                ldpId: string;
                places: number;
                programmeId: string;
                withdrawals: number;
            }[];
            total: {
                cohorts: number;
                completionRate: number | null;
                completions: number;
                cost: number;
                costPerCompletion: number | null;
                costPerGoalAttained: number | null;
                enrolments: number;
                goals: number;
                goalsAttained: number;
                places: number;
                withdrawals: number;
            };
            unresolved: {
                cohorts: string[];
                enrolments: string[];
                goals: string[];
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccountabilityLines: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                fromId?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                nature?: "accounts_to" | "reports_to" | "commissioned_by" | "hosted_by" | "governed_by" | "chaired_by";
                owner?: string;
                toId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountabilityLinePage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAccountabilityLine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountabilityLineInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountabilityLine"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccountabilityLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountabilityLine"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAccountabilityLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAccountabilityLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountabilityLine"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAlignmentLinks: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                priorityId?: string;
                sourceId?: string;
                sourceKind?: "organisation_strategy" | "local_delivery_plan" | "priority";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlignmentLinkPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAlignmentLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlignmentLinkInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlignmentLink"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAlignmentLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlignmentLink"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAlignmentLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAlignmentLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlignmentLink"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAssessmentDecisions: {
        parameters: {
            query?: {
                action?: "review" | "return" | "sign_off";
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                networkId?: string;
                owner?: string;
                region?: "north" | "midlands-and-east" | "london" | "south";
                subject?: "assurance-return" | "business-plan";
                subjectId?: string;
                subjectOwner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDecisionPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAssessmentDecision: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessmentDecisionInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDecision"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssessmentDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDecision"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAssessmentDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAssessmentDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDecision"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAssuranceReturns: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                networkId?: string;
                owner?: string;
                period?: string;
                status?: "draft" | "submitted" | "reviewed" | "signed_off";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssuranceReturnPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAssuranceReturn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssuranceReturnInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssuranceReturn"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssuranceReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssuranceReturn"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAssuranceReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAssuranceReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssuranceReturn"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssuranceReturnAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assessed state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentView"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnAssuranceReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AssessmentStepInput"];
            };
        };
        responses: {
            /** @description The decision and the assessed state after it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentOutcome"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewAssuranceReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AssessmentStepInput"];
            };
        };
        responses: {
            /** @description The decision and the assessed state after it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentOutcome"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOffAssuranceReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AssessmentStepInput"];
            };
        };
        responses: {
            /** @description The decision and the assessed state after it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentOutcome"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitAssuranceReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AssuranceStepInput"];
            };
        };
        responses: {
            /** @description The return after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssuranceReturn"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAudit: {
        parameters: {
            query?: {
                before?: string;
                entity?: string;
                limit?: string;
                recordId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBoardMembers: {
        parameters: {
            query?: {
                boardId?: string;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                personRef?: string;
                representsBodyId?: string;
                role?: "chair" | "member" | "observer";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardMemberPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBoardMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BoardMemberInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardMember"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBoardMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardMember"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteBoardMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateBoardMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardMember"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBoardSharedMembership: {
        parameters: {
            query?: {
                asOf?: string;
                minimumShared?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Shared membership of the two Governing Boards */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardSharedMembership"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBusinessPlans: {
        parameters: {
            query?: {
                assessment?: "draft" | "submitted" | "reviewed" | "signed_off";
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                networkId?: string;
                owner?: string;
                status?: "draft" | "agreed" | "closed";
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessPlanPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBusinessPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessPlanInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessPlan"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBusinessPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessPlan"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteBusinessPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateBusinessPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessPlan"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBusinessPlanAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assessed state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentView"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnBusinessPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AssessmentStepInput"];
            };
        };
        responses: {
            /** @description The decision and the assessed state after it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentOutcome"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewBusinessPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AssessmentStepInput"];
            };
        };
        responses: {
            /** @description The decision and the assessed state after it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentOutcome"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOffBusinessPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AssessmentStepInput"];
            };
        };
        responses: {
            /** @description The decision and the assessed state after it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentOutcome"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitBusinessPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AssessmentStepInput"];
            };
        };
        responses: {
            /** @description The plan after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessPlan"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCapabilityAssessments: {
        parameters: {
            query?: {
                assessedOn?: string;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                dimension?: "improvement" | "leadership";
                level?: "awareness" | "practitioner" | "expert";
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                organisationId?: string;
                owner?: string;
                staffGroup?: "front_line_staff" | "clinicians" | "operational_managers" | "organisational_leaders" | "local_system_leaders" | "national_leaders";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilityAssessmentPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCapabilityAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CapabilityAssessmentInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilityAssessment"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCapabilityAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilityAssessment"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCapabilityAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCapabilityAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilityAssessment"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCapabilityBaseline: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The improvement-capability baseline, rolled up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilityBaseline"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCapabilityFunnel: {
        parameters: {
            query: {
                asOf?: string;
                by?: "organisation" | "ahsn" | "region";
                level: "awareness" | "practitioner" | "expert";
                staffGroup: "front_line_staff" | "clinicians" | "operational_managers" | "organisational_leaders" | "local_system_leaders" | "national_leaders";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Variation in improvement capability between organisations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilityFunnel"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCoaches: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                kind?: "coach" | "mentor";
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                organisationId?: string;
                owner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCoach: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoachInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coach"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coach"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCoach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCoach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coach"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCohorts: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                ldpId?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                programmeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCohort: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CohortInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoterminosity: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Coterminosity of clinical network and AHSN boundaries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coterminosity"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCrossAlignment: {
        parameters: {
            query?: {
                improvementStrategyId?: string;
                leadershipStrategyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alignment of the two national strategies */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrossAlignment"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDiversity: {
        parameters: {
            query: {
                /** @description Ethnicity in the 5 broad ONS groups (default true) */
                broadGroups?: "true" | "false";
                by?: "programme" | "ldp" | "organisation" | "pool";
                characteristic: "sex" | "ageBand" | "ethnicity" | "disability" | "sexualOrientation" | "religion";
                population?: "participants" | "pool_members";
                /** @description Counts of 1 to threshold-1 are suppressed. May raise the instance’s floor (default 10, set by an admin), never lower it: a lower value is taken as the floor */
                threshold?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Diversity of participants or talent-pool members, suppressed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Diversity"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDiversityAggregates: {
        parameters: {
            query?: {
                characteristic?: "sex" | "ageBand" | "ethnicity" | "disability" | "sexualOrientation" | "religion";
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                groupBy?: "programme" | "ldp" | "organisation" | "pool" | "role";
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                population?: "participants" | "pool_members" | "board_members" | "senior_post_holders" | "leaders";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiversityAggregatePage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDiversityAggregate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DiversityAggregateInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiversityAggregate"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDiversityAggregate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiversityAggregate"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDiversityAggregate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDiversityAggregate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiversityAggregate"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNationalDiversity: {
        parameters: {
            query: {
                characteristic: "sex" | "ageBand" | "ethnicity" | "disability" | "sexualOrientation" | "religion";
                groupBy?: "programme" | "ldp" | "organisation" | "pool" | "role";
                population?: "participants" | "pool_members" | "board_members" | "senior_post_holders" | "leaders";
                rowsBy?: "group" | "instance";
                /** @description Counts of 1 to threshold-1 are suppressed (default 10 for protected characteristics) */
                threshold?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description National roll-up of the instances' published diversity tables, suppressed again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalDiversity"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishDiversity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DiversityQuery"];
            };
        };
        responses: {
            /** @description Published */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiversityAggregate"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEnquiries: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                organisationId?: string;
                owner?: string;
                priorityArea?: "cancer" | "cardiovascular" | "maternity_children" | "mental_health_dementia_neurology" | "local";
                routedToNetworkId?: string;
                status?: "new" | "routed" | "in_progress" | "answered" | "closed";
                topic?: "improvement" | "leadership" | "clinical_network" | "senate_advice" | "research_evaluation" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnquiryPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEnquiry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnquiryInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enquiry"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEnquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enquiry"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEnquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateEnquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enquiry"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerEnquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EnquiryStepInput"];
            };
        };
        responses: {
            /** @description The enquiry after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enquiry"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeEnquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EnquiryStepInput"];
            };
        };
        responses: {
            /** @description The enquiry after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enquiry"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenEnquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EnquiryStepInput"];
            };
        };
        responses: {
            /** @description The enquiry after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enquiry"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    routeEnquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EnquiryStepInput"];
            };
        };
        responses: {
            /** @description The enquiry after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enquiry"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startEnquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EnquiryStepInput"];
            };
        };
        responses: {
            /** @description The enquiry after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enquiry"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEnquirySla: {
        parameters: {
            query?: {
                answerDays?: string;
                asOf?: string;
                firstResponseDays?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Enquiries against their response-time service level */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnquirySla"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEnrolments: {
        parameters: {
            query?: {
                cohortId?: string;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                participantId?: string;
                status?: "offered" | "enrolled" | "completed" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrolmentInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrolment"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrolment"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrolment"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvaluationGoals: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                enrolmentId?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationGoalPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEvaluationGoal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationGoalInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationGoal"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvaluationGoal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationGoal"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEvaluationGoal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateEvaluationGoal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationGoal"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchExpertDirectory: {
        parameters: {
            query?: {
                /** @description An exact expertise, e.g. `quality improvement` */
                expertise?: string;
                limit?: string;
                /** @description Words to find in a name or an expertise (all must match, any case) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching cards, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedExpertHits"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExperts: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                organisationId?: string;
                owner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createExpert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpertInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    shareExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedExpert"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unshareExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedExpert"] | components["schemas"]["ExpertNotShared"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchExperts: {
        parameters: {
            query: {
                /** @description Comma-separated; an expert matches if they have any, ranked by how many */
                expertise: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching experts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertSearch"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFinanceAllocations: {
        parameters: {
            query?: {
                bodyKey?: string;
                category?: "admin" | "programme";
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinanceAllocationPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFinanceAllocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinanceAllocationInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinanceAllocation"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFinanceAllocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinanceAllocation"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteFinanceAllocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFinanceAllocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinanceAllocation"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDueFollowUps: {
        parameters: {
            query?: {
                asOf?: string;
                windowDays?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Evaluation follow-ups due */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DueFollowUps"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGeographies: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                key?: string;
                kind?: "country" | "region" | "senate_geography";
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                parentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GeographyPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createGeography: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GeographyInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Geography"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGeography: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Geography"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteGeography: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateGeography: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Geography"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGoverningBoards: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                kind?: "improvement" | "leadership" | "senate";
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                regionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoverningBoardPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createGoverningBoard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoverningBoardInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoverningBoard"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGoverningBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoverningBoard"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteGoverningBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateGoverningBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoverningBoard"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    createHelpRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HelpRequestInput"];
            };
        };
        responses: {
            /** @description Received and routed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpRequestReceipt"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address: wait for the seconds in Retry-After */
            429: {
                headers: {
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listImprovementProjects: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                networkId?: string;
                organisationId?: string;
                owner?: string;
                status?: "planned" | "active" | "completed" | "abandoned";
                type?: "service_improvement" | "service_transformation" | "service_intervention";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementProjectPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createImprovementProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImprovementProjectInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementProject"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImprovementProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementProject"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteImprovementProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateImprovementProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementProject"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProjectSpc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per measure */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectSpc"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listImprovementResources: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                kind?: "toolkit" | "case_study" | "e_learning" | "guidance";
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                networkId?: string;
                owner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementResourcePage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createImprovementResource: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImprovementResourceInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementResource"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImprovementResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementResource"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteImprovementResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateImprovementResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementResource"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInterventions: {
        parameters: {
            query?: {
                body?: "nhs_imas" | "intensive_support_team" | "nhs_tda" | "monitor" | "nhs_england" | "cqc";
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                kind?: "turnaround" | "special_measures" | "intensive_support" | "improvement_support" | "regulatory_action" | "other";
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                organisationId?: string;
                outcome?: "sustained_improvement" | "improvement_not_sustained" | "no_improvement" | "inconclusive";
                owner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createIntervention: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterventionInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Intervention"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIntervention: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Intervention"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteIntervention: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateIntervention: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Intervention"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLeaderDiversity: {
        parameters: {
            query: {
                /** @description Ethnicity in the 5 broad ONS groups (default true) */
                broadGroups?: "true" | "false";
                by?: "role" | "organisation";
                characteristic: "sex" | "ageBand" | "ethnicity" | "disability" | "sexualOrientation" | "religion";
                population?: "leaders" | "board_members" | "senior_post_holders";
                /** @description Counts of 1 to threshold-1 are suppressed (default 10 for protected characteristics) */
                threshold?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Diversity of board members and senior post holders, suppressed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderDiversity"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishLeaderDiversity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Ethnicity in the 5 broad ONS groups (default true)
                     * @enum {string}
                     */
                    broadGroups?: "true" | "false";
                    /**
                     * @default role
                     * @enum {string}
                     */
                    by?: "role" | "organisation";
                    /** @enum {string} */
                    characteristic: "sex" | "ageBand" | "ethnicity" | "disability" | "sexualOrientation" | "religion";
                    /**
                     * @default leaders
                     * @enum {string}
                     */
                    population?: "leaders" | "board_members" | "senior_post_holders";
                    /** @description Counts of 1 to threshold-1 are suppressed (default 10 for protected characteristics) */
                    threshold?: string;
                };
            };
        };
        responses: {
            /** @description Published */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiversityAggregate"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLeaders: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                organisationId?: string;
                owner?: string;
                role?: "board_member" | "senior_post_holder";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLeader: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeaderInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Leader"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLeader: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Leader"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteLeader: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateLeader: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Leader"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLeadershipBaseline: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The leadership-development baseline, rolled up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilityBaseline"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLocalDeliveryPlans: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                networkId?: string;
                owner?: string;
                status?: "draft" | "agreed" | "closed";
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocalDeliveryPlanPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLocalDeliveryPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocalDeliveryPlanInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocalDeliveryPlan"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLocalDeliveryPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocalDeliveryPlan"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteLocalDeliveryPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateLocalDeliveryPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocalDeliveryPlan"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeasureValues: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                measureId?: string;
                owner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureValuePage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMeasureValue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeasureValueInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureValue"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeasureValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureValue"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMeasureValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMeasureValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureValue"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeasures: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                kind?: "outcome" | "process" | "balancing";
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                projectId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasurePage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeasureInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeasureSpc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The analysis */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpcAnalysis"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMemberships: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                networkId?: string;
                organisationId?: string;
                owner?: string;
                tier?: "core" | "associate" | "partner";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMembership: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMentees: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                organisationId?: string;
                owner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MenteePage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMentee: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MenteeInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentee"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMentee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentee"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMentee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMentee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentee"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMentoringMatches: {
        parameters: {
            query?: {
                algorithm?: "optimal" | "greedy";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Coaching and mentoring matches */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentoringMatches"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNationalBodies: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                key?: string;
                kind?: "national_body" | "system_sponsor" | "frontline_representative" | "national_programme" | "regional_team";
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                regionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalBodyPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createNationalBody: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NationalBodyInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalBody"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNationalBody: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalBody"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteNationalBody: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateNationalBody: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalBody"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNationalStrategies: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                kind?: "improvement" | "leadership";
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                status?: "draft" | "published" | "retired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalStrategyPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createNationalStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NationalStrategyInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalStrategy"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNationalStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalStrategy"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteNationalStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateNationalStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalStrategy"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    navigate: {
        parameters: {
            query?: {
                /** @description Only memberships current on this date (default today) */
                asOf?: string;
            };
            header?: never;
            path: {
                odsCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation and where it can go */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Navigation"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNetworks: {
        parameters: {
            query?: {
                ahsnId?: string;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                geographyId?: string;
                key?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                priorityArea?: "cancer" | "cardiovascular" | "maternity_children" | "mental_health_dementia_neurology" | "local";
                type?: "ahsn" | "clinical_network" | "senate" | "ldp" | "improvement_coalition";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Network"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Network"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Network"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNineBoxes: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                participantId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NineBoxPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createNineBox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NineBoxInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NineBox"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNineBox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NineBox"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteNineBox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateNineBox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NineBox"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOffers: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                kind?: "programme" | "support" | "resource" | "event";
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                networkId?: string;
                owner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOffer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganisationStrategies: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                kind?: "improvement" | "leadership" | "combined";
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                organisationId?: string;
                owner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationStrategyPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganisationStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationStrategyInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationStrategy"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisationStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationStrategy"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrganisationStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrganisationStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationStrategy"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                geographyId?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                localOffice?: string;
                odsCode?: string;
                owner?: string;
                successorId?: string;
                type?: "acute" | "mental_health" | "community" | "ambulance" | "commissioner" | "primary_care" | "local_authority" | "care_home" | "csu" | "independent" | "voluntary" | "university" | "clahrc" | "improvement_agency" | "healthwatch" | "letb" | "national_body" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importOrganisations: {
        parameters: {
            query?: {
                /** @description Write the good rows even when some are refused */
                partial?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description What the import did, row by row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listParticipants: {
        parameters: {
            query?: {
                band?: string;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                organisationId?: string;
                owner?: string;
                profession?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPdsaCycles: {
        parameters: {
            query?: {
                act?: "adopt" | "adapt" | "abandon";
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                projectId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PdsaCyclePage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPdsaCycle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PdsaCycleInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PdsaCycle"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPdsaCycle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PdsaCycle"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePdsaCycle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePdsaCycle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PdsaCycle"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlanAlignment: {
        parameters: {
            query?: {
                /** @description Default: the current financial year */
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alignment of each AHSN's business plan with its Clinical Networks' priorities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanAlignment"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    membershipListMembershipInvoices: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                membershipId?: string;
                networkId?: string;
                organisationId?: string;
                owner?: string;
                status?: "issued" | "paid" | "void";
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipInvoicePage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    membershipCreateMembershipInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipInvoiceInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipInvoice"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    membershipGetMembershipInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipInvoice"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    membershipDeleteMembershipInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    membershipUpdateMembershipInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipInvoice"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    membershipGetSummary: {
        parameters: {
            query?: {
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Totals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipInvoiceSummary"];
                };
            };
        };
    };
    listPopulationBenchmarks: {
        parameters: {
            query?: {
                characteristic?: "sex" | "ageBand" | "ethnicity" | "disability" | "sexualOrientation" | "religion";
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                geography?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopulationBenchmarkPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPopulationBenchmark: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PopulationBenchmarkInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopulationBenchmark"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPopulationBenchmark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopulationBenchmark"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePopulationBenchmark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePopulationBenchmark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopulationBenchmark"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importPopulationBenchmarks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Imported */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenchmarkImport"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPriorities: {
        parameters: {
            query?: {
                code?: string;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                strategyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPriority: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriorityInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Priority"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPriority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Priority"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePriority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePriority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Priority"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProgrammes: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                deliveredBy?: string;
                level?: "entry" | "first_line" | "middle" | "senior" | "executive" | "system";
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammePage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgrammeInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Programme"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Programme"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Programme"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRecommendations: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                number?: string;
                owner?: string;
                ownerBodyId?: string;
                status?: "not_started" | "in_progress" | "implemented" | "superseded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecommendationInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recommendation"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recommendation"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recommendation"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRepeatedInterventions: {
        parameters: {
            query?: {
                asOf?: string;
                threshold?: string;
                windowMonths?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organisations receiving repeated or concurrent intervention */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepeatedInterventions"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchResources: {
        parameters: {
            query?: {
                kind?: "toolkit" | "case_study" | "e_learning" | "guidance";
                q?: string;
                /** @description Comma-separated tags, all required */
                tags?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Search the one-stop shop */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceSearch"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSavingsProgress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Progress against the savings targets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavingsProgress"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSavingsTargets: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                targetYear?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavingsTargetPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSavingsTarget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavingsTargetInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavingsTarget"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSavingsTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavingsTarget"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSavingsTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSavingsTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavingsTarget"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSeniorPosts: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                organisationId?: string;
                owner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeniorPostPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSeniorPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SeniorPostInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeniorPost"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSeniorPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeniorPost"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSeniorPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSeniorPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeniorPost"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSharedExperts: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                expertId?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                organisationId?: string;
                owner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedExpertPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSharedExpert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SharedExpertInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedExpert"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSharedExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedExpert"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSharedExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSharedExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedExpert"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    analyseSpc: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpcInput"];
            };
        };
        responses: {
            /** @description The analysis */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpcAnalysis"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    analyseFunnel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FunnelInput"];
            };
        };
        responses: {
            /** @description The funnel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Funnel"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    analyseRunChart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunChartInput"];
            };
        };
        responses: {
            /** @description The run chart */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunChart"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStrategyCompliance: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organisations with a current strategy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StrategyCompliance"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStrategyCoverage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Coverage of the national priorities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StrategyCoverage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSuccessionPlans: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                postId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessionPlanPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSuccessionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuccessionPlanInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessionPlan"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSuccessionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessionPlan"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSuccessionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSuccessionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessionPlan"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSuccessionRisk: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succession risk of the most senior posts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessionRisk"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlugins: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Plugins */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PluginList"];
                };
            };
        };
    };
    pullChanges: {
        parameters: {
            query?: {
                after?: string;
                /** @description nextKey of the previous page: lets the hub see that it was restored and start again */
                afterKey?: string | "";
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the hub’s feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PullPage"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pushChanges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushBatch"];
            };
        };
        responses: {
            /** @description Applied */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushResult"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A schema version this instance cannot read */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listQuarantine: {
        parameters: {
            query?: {
                origin?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Quarantined changes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quarantine"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOriginRecords: {
        parameters: {
            query: {
                cursor?: string;
                limit?: string;
                owner: string;
                payload?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManifestPage"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    repairRecordOwner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SyncRepair"];
            };
        };
        responses: {
            /** @description The record was repaired */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncRepairResult"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSyncStatus: {
        parameters: {
            query?: {
                origin?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncStatus"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTalentPoolMembers: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                owner?: string;
                participantId?: string;
                poolId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentPoolMemberPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTalentPoolMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TalentPoolMemberInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentPoolMember"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTalentPoolMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentPoolMember"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTalentPoolMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTalentPoolMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentPoolMember"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTalentPools: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Page size, 1-500 (default 50) */
                limit?: string;
                networkId?: string;
                owner?: string;
                scope?: "national" | "local";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentPoolPage"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTalentPool: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TalentPoolInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentPool"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTalentPool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentPool"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTalentPool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTalentPool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentPool"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this, or the record belongs to another instance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, e.g. an illegal workflow transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getValueForMoney: {
        parameters: {
            query?: {
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cost per completion and per goal attained */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueForMoney"];
                };
            };
            /** @description Invalid input: the failing fields are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
