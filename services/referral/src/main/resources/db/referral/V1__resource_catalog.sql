-- Where a clinician can be referred when peer support is not enough.
CREATE TABLE resource (
    code        text    PRIMARY KEY,
    kind        text    NOT NULL,
    name        text    NOT NULL,
    phone       text,
    url         text,
    hours       text,
    description text    NOT NULL,
    crisis      boolean NOT NULL,
    sort_order  integer NOT NULL
);

INSERT INTO resource (code, kind, name, phone, url, hours, description, crisis, sort_order) VALUES
('988-LIFELINE', 'CRISIS_LINE', '988 Suicide & Crisis Lifeline', '988', 'https://988lifeline.org', '24/7',
 'Call or text 988 for immediate, confidential support in a suicidal or emotional crisis.', true, 10),
('PHYSICIAN-SUPPORT-LINE', 'PEER_LINE', 'Physician Support Line', '1-888-409-0141', 'https://www.physiciansupportline.com',
 'Weekdays 8 a.m. to 1 a.m. ET', 'Free, confidential peer support from volunteer psychiatrists for physicians and medical students.', false, 20),
('DISCLOSURE-COACHING', 'DISCLOSURE_COACHING', 'Disclosure and apology coaching', NULL, NULL, 'By appointment',
 'Coaching before a disclosure meeting with a patient or family, from the patient-safety office.', false, 40),
('RISK-LEGAL-CONSULT', 'LEGAL', 'Legal consultation', NULL, NULL, 'By appointment',
 'Confidential advice on claims, depositions and peer review, from counsel who represent the clinician.', false, 50),
('THERAPY-REFERRAL', 'THERAPY', 'Counselling and therapy referral', NULL, NULL, 'By appointment',
 'Referral to a licensed therapist experienced with clinicians after adverse events.', false, 60);
