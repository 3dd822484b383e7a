package org.neighborhoodcapital.memberships.participant.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.Binary;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.memberships.MembershipsConfiguration;
import org.neighborhoodcapital.memberships.participant.domain.ContactField;
import org.neighborhoodcapital.memberships.participant.domain.Participant;
import org.neighborhoodcapital.platform.outbox.Outbox;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Participants in collection {@value MembershipsConfiguration#PARTICIPANTS}, one document each:
 * <pre>
 * {_id: participantId, homeCenterId, joinedAt, researchConsent, consentChangedAt, createdAt,
 *  personalData: BinData (AES-GCM, see PersonalDataProtection), emailKey?, phoneKey?   ← keyed contact fingerprints
 *  stage, stageChangedAt?, announcedSteps?: {STAGE: date}, promotions: [{to, reason, promotedAt}],
 *  funnelRecheckAt?                                                             ← written by the funnel
 *  erasedAt?, outbox: [...], outboxPending}
 * </pre>
 * {@code emailKey} and {@code phoneKey} have unique sparse indexes: a second record of the same
 * person at the same center fails to insert, although nobody can read the contacts from the keys.
 * Erasure removes every field but {@code _id, homeCenterId, joinedAt, erasedAt} (and the outbox).
 *
 * <p>Indexes are created once every bean exists (here and in the other repositories), so that a
 * configuration error such as a missing personal-data key stops the start before the store is touched.
 */
@Repository
public class ParticipantRepository implements SmartInitializingSingleton {

    static final String COLLECTION = MembershipsConfiguration.PARTICIPANTS;
    static final String PERSONAL_DATA = "personalData";
    static final String EMAIL_KEY = "emailKey";
    static final String PHONE_KEY = "phoneKey";
    static final String ERASED_AT = "erasedAt";

    /** Everything an erasure removes: personal data, contact fingerprints, consent and funnel details. */
    private static final String[] ERASED_FIELDS = {PERSONAL_DATA, EMAIL_KEY, PHONE_KEY, "researchConsent", "consentChangedAt",
            "createdAt", "stage", "stageChangedAt", "announcedSteps", "promotions", "funnelRecheckAt"};

    private final MongoTemplate mongo;

    public ParticipantRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on(EMAIL_KEY, Sort.Direction.ASC).unique().sparse().named("unique_email_per_center"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on(PHONE_KEY, Sort.Direction.ASC).unique().sparse().named("unique_phone_per_center"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("homeCenterId", Sort.Direction.ASC).named("homeCenterId"));
    }

    /**
     * Stores a new participant with their sealed personal data, contact fingerprints and the record
     * announcing them, in one insert.
     *
     * @throws org.springframework.dao.DuplicateKeyException when a fingerprint is taken
     */
    public void insert(Participant participant, byte[] sealedPersonalData, String emailKey, String phoneKey,
                       Envelope<?> announcement, Instant now) {
        Document document = new Document("_id", participant.participantId().toString())
                .append("homeCenterId", participant.homeCenterId())
                .append("joinedAt", Date.from(participant.joinedAt()))
                .append("researchConsent", participant.researchConsent())
                .append("consentChangedAt", Date.from(participant.consentChangedAt()))
                .append("stage", participant.stage().name())
                .append("promotions", List.of())
                .append("createdAt", Date.from(now))
                .append(PERSONAL_DATA, new Binary(sealedPersonalData));
        if (emailKey != null) {
            document.append(EMAIL_KEY, emailKey);
        }
        if (phoneKey != null) {
            document.append(PHONE_KEY, phoneKey);
        }
        document.append(Outbox.FIELD, mongo.getConverter().convertToMongoType(Outbox.messages(announcement)))
                .append(Outbox.PENDING, true);
        mongo.insert(document, COLLECTION);
    }

    /** Whether some participant holds this contact fingerprint. */
    public boolean contactTaken(ContactField field, String key) {
        return key != null && mongo.exists(Query.query(where(keyField(field)).is(key)), COLLECTION);
    }

    public Optional<Participant> find(UUID participantId) {
        Query query = byId(participantId);
        query.fields().exclude(Outbox.FIELD).exclude(PERSONAL_DATA).exclude("promotions");
        return Optional.ofNullable(mongo.findOne(query, Document.class, COLLECTION)).map(ParticipantRepository::toDomain);
    }

    /** The sealed personal data, empty when the participant is unknown or erased. */
    public Optional<byte[]> sealedPersonalData(UUID participantId) {
        Query query = Query.query(where("_id").is(participantId.toString()).and(ERASED_AT).exists(false));
        query.fields().include(PERSONAL_DATA);
        Document found = mongo.findOne(query, Document.class, COLLECTION);
        return Optional.ofNullable(found).map(d -> d.get(PERSONAL_DATA, Binary.class)).map(Binary::getData);
    }

    /**
     * Sets the consent and announces the change, if the participant is not erased and still has the
     * consent {@code expected}.
     *
     * @return false when the document changed since it was read
     */
    public boolean changeConsent(UUID participantId, boolean expected, boolean consent, Instant changedAt, Envelope<?> announcement) {
        Query query = Query.query(where("_id").is(participantId.toString()).and(ERASED_AT).exists(false)
                .and("researchConsent").is(expected));
        Update update = Outbox.append(new Update().set("researchConsent", consent).set("consentChangedAt", changedAt), announcement);
        return mongo.updateFirst(query, update, COLLECTION).getMatchedCount() == 1;
    }

    /**
     * Removes the personal data, the contact fingerprints (so that the person may join again, under
     * a new id) and every detail but id, home center and joinedAt; sets erasedAt and announces it.
     *
     * @return false when the participant is unknown or already erased
     */
    public boolean erase(UUID participantId, Instant erasedAt, Envelope<?> announcement) {
        Query query = Query.query(where("_id").is(participantId.toString()).and(ERASED_AT).exists(false));
        Update update = new Update().set(ERASED_AT, erasedAt);
        for (String field : ERASED_FIELDS) {
            update.unset(field);
        }
        return mongo.updateFirst(query, Outbox.append(update, announcement), COLLECTION).getMatchedCount() == 1;
    }

    static String keyField(ContactField field) {
        return field == ContactField.EMAIL ? EMAIL_KEY : PHONE_KEY;
    }

    private static Query byId(UUID participantId) {
        return Query.query(where("_id").is(participantId.toString()));
    }

    private static Participant toDomain(Document d) {
        String stage = d.getString("stage");
        return new Participant(UUID.fromString(d.getString("_id")), d.getString("homeCenterId"), instant(d, "joinedAt"),
                Boolean.TRUE.equals(d.getBoolean("researchConsent")), instant(d, "consentChangedAt"),
                stage == null ? FunnelStage.NEIGHBOR : FunnelStage.valueOf(stage), instant(d, ERASED_AT));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
