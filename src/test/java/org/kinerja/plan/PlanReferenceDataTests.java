package org.kinerja.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.kinerja.shared.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;

@SpringBootTest
@AutoConfigureMockMvc
class PlanReferenceDataTests {

    @Autowired
    PlanReferenceData referenceData;

    @Autowired
    PlanService plans;

    @Test
    void loadsTheFourPrinciplesWithTheWordingOfTheStrategicPlan() {
        List<Principle> principles = plans.principles("SP-2021-22");

        assertThat(principles).containsExactly(
                new Principle(1, "Participatory and consultative",
                        "Participatory and consultative engagement with State and International Organisation Members, "
                                + "private sector and other partners"),
                new Principle(2, "Inclusive, non-discriminatory, gender-sensitive and supportive of gender equality",
                        "Inclusive, non-discriminatory, gender-sensitive and supportive of gender equality"),
                new Principle(3, "International law, norms and standards",
                        "In line with international law, norms and standards, including human rights and refugee law"),
                new Principle(4, "Responsive and adaptive",
                        "Responsive and adaptive to needs and emerging priorities of Bali Process Member States and "
                                + "International Organisations"));
    }

    @Test
    void loadsTheFourPurposesWithTheirShortAndLongTextsAndExampleActivities() {
        List<Purpose> purposes = plans.purposes("SP-2021-22");

        assertThat(purposes).extracting(Purpose::number).containsExactly(1, 2, 3, 4);
        assertThat(purposes).extracting(Purpose::title).containsExactly(
                "Responsive to Bali Process Members and Working Groups",
                "Operational Capacity Building",
                "Policy Development and Promotion of Best Practice",
                "Outreach, Engagement and Advocacy");
        assertThat(purposes).extracting(p -> p.exampleActivities().size()).containsExactly(4, 6, 6, 0);

        Purpose first = purposes.get(0);
        assertThat(first.summary()).isEqualTo("We engage with Bali Process Members to deliver activities that "
                + "contribute towards commitments and undertakings arising from Bali Process meetings. We source and "
                + "provide specialist technical assistance to Bali Process Members, Task Forces and Working Groups.");
        assertThat(first.description()).startsWith("This captures the RSO\u2019s engagement activity with Bali Process Members.");
        assertThat(first.exampleActivities().get(3))
                .isEqualTo("Provide support to events commemorating the Bali Process\u2019s 20th Anniversary");
        assertThat(purposes.get(1).description()).contains("the People\u2019s Police Academy of Vietnam");
        assertThat(purposes.get(1).exampleActivities()).first().isEqualTo("Victim Centered Approach Training");
        assertThat(purposes.get(2).exampleActivities()).last().isEqualTo("Research on corruption as a facilitator of "
                + "trafficking in persons and people smuggling (in partnership with the UNODC Regional Office for "
                + "Southeast Asia and the Pacific)");
        assertThat(purposes.get(3).description()).endsWith("This also enables the RSO to promote its work and that of "
                + "the Bali Process to other interested stakeholders.");
    }

    @Test
    void loadsTheForewordInThreeParagraphsWithBothCoManagersAsSignatories() {
        Plan plan = plans.get("SP-2021-22");

        assertThat(plan.title()).isEqualTo("Regional Support Office Strategic Plan 2021-22");
        assertThat(plan.startYear()).isEqualTo(2021);
        assertThat(plan.endYear()).isEqualTo(2022);
        assertThat(plan.foreword().split("\n\n")).hasSize(3);
        assertThat(plan.foreword()).startsWith("This Strategic Plan 2021-22 is the primary planning document for the "
                + "Regional Support Office (RSO) to the Bali Process.");
        assertThat(plan.foreword()).endsWith("We commend to Bali Process Members the Regional Support Office "
                + "Strategic Plan 2021-22.");
        assertThat(plan.signatories()).containsExactly(
                new Signatory("Jake SHARMAN", "RSO Co-Manager", "AUS", "Australia"),
                new Signatory("Dicky KOMAR", "RSO Co-Manager", "IDN", "Indonesia"));
        assertThat(plan.description()).startsWith("The Regional Support Office to the Bali Process (RSO) was "
                + "established in 2012 as a unique regional mechanism");
        assertThat(plan.mission()).isEqualTo("The Strategic Plan 2021-22 reaffirms the RSO's mission to reduce "
                + "irregular migration from, to and through the Asia-Pacific region and strengthen practical "
                + "cooperation on countering people smuggling, trafficking in persons and related transnational crime, "
                + "including migration and border management as well as refugee protection.");
    }

    @Test
    void loadsTheOrganisationProfileWithTheTwoCoManagers() {
        OrganisationProfile profile = plans.organisationProfile().orElseThrow();

        assertThat(profile.name()).isEqualTo("Regional Support Office of the Bali Process (RSO)");
        assertThat(profile.address())
                .isEqualTo("Level 27, Rajanakarn Building\n3 South Sathorn Road, Sathorn\nBangkok 10120, Thailand");
        assertThat(profile.telephone()).isEqualTo("+66 (0) 2343 9477");
        assertThat(profile.email()).isEqualTo("info@rso.baliprocess.net");
        assertThat(profile.website()).isEqualTo("www.baliprocess.net");
        assertThat(profile.coManagers()).containsExactly(
                new CoManager("Jake SHARMAN", "AUS", "Australia"),
                new CoManager("Dicky KOMAR", "IDN", "Indonesia"));
    }

    @Test
    void loadingTheShippedPlanAgainLeavesOnePlanUnchanged() {
        Plan before = plans.get("SP-2021-22");

        boolean inserted = referenceData.load(new ClassPathResource(PlanReferenceData.SHIPPED));
        referenceData.load(new ClassPathResource(PlanReferenceData.SHIPPED));

        assertThat(inserted).isFalse();
        assertThat(plans.list(null, new PageQuery(0, 500)).items())
                .filteredOn(p -> p.code().equals("SP-2021-22")).hasSize(1);
        Plan after = plans.get("SP-2021-22");
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.purposes()).hasSize(4);
        assertThat(after.principles()).hasSize(4);
    }

    @Test
    void twoNodesLoadingTheSamePlanAtOnceInsertItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> load = () -> {
            start.await();
            return referenceData.load(new ClassPathResource("plan-test/parallel.json"));
        };
        try {
            Future<Boolean> first = pool.submit(load);
            Future<Boolean> second = pool.submit(load);
            start.countDown();

            assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
        }
        assertThat(plans.list(2040, new PageQuery(0, 500)).items())
                .filteredOn(p -> p.code().equals("TEST-PARALLEL")).hasSize(1);
        Plan loaded = plans.get("TEST-PARALLEL");
        assertThat(loaded.principles()).hasSize(1);
        assertThat(loaded.purposes()).singleElement()
                .satisfies(p -> assertThat(p.exampleActivities()).containsExactly("One", "Two"));
    }
}
