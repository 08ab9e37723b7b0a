package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.conductledger.app.Services;
import org.conductledger.model.Member;
import org.conductledger.model.MemberForm;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.Role;
import org.conductledger.model.TestIds;
import org.conductledger.service.TestLedger;
import org.conductledger.ui.common.ConflictChoice;
import org.conductledger.ui.common.ConflictRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Two instances on the same member: this window opens the member, another login (another PC) saves a change
 * meanwhile; saving here is refused with "已被他人修改" showing both versions, and nothing is overwritten
 * until the user chooses to re-apply — or reloads and sees the other version.
 */
@ExtendWith(ApplicationExtension.class)
class EditConflictUiTest {

    @TempDir
    Path dir;
    UiHarness harness;
    Services otherInstance;
    Member member;

    @Start
    void start(Stage stage) {
        harness = new UiHarness(dir);
        Organisation branch = harness.ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        member = harness.ledger.services.members().create(TestLedger.member("刘洋", TestIds.male(LocalDate.of(1990, 4, 5)), branch.id()));
        otherInstance = harness.ledger.loginAs("lisi", harness.ledger.root(), EnumSet.of(Role.ORG_DEPARTMENT));
        harness.showRoster(stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private void openMemberAndType(FxRobot robot, String post) {
        robot.clickOn("#orgTree").type(KeyCode.F5);
        waitUntil(() -> robot.lookup("第一党支部  (ZB1)").tryQuery().isPresent());
        robot.clickOn("第一党支部  (ZB1)");
        @SuppressWarnings("unchecked")
        TableView<MemberSummary> roster = robot.lookup("#memberTable").queryAs(TableView.class);
        waitUntil(() -> roster.getItems().size() == 1);
        robot.clickOn("刘洋").clickOn("#editMemberButton");
        waitUntil(() -> robot.lookup("#workUnitPostField").tryQuery().isPresent()
                && "某单位 科员".equals(robot.lookup("#workUnitPostField").queryAs(TextField.class).getText()));
        robot.doubleClickOn("#workUnitPostField").eraseText(20).write(post);
    }

    private void otherInstanceSaves(String post) {
        Member seen = otherInstance.members().get(member.id());
        MemberForm f = seen.toForm();
        otherInstance.members().update(seen.id(), seen.version(), new MemberForm(f.name(), f.gender(), f.idNumber(), f.ethnicity(),
                f.birthDate(), f.category(), f.joinedOn(), f.confirmedOn(), f.orgId(), post, f.cadre(), f.rank(),
                f.managingOrgId(), f.phone()));
    }

    private String saved() {
        return harness.ledger.services.members().get(member.id()).workUnitPost();
    }

    @Test
    void theSecondSaveShowsBothVersionsAndOverwritesOnlyWhenTheUserReapplies(FxRobot robot) {
        openMemberAndType(robot, "区委组织部 科长");
        otherInstanceSaves("区委办公室 主任");

        harness.dialogs.conflictAnswers.add(ConflictChoice.CANCEL);
        robot.clickOn("#saveButton");
        waitUntil(() -> harness.dialogs.conflicts.size() == 1);
        List<ConflictRows.Row> rows = harness.dialogs.conflicts.get(0);
        assertEquals(new ConflictRows.Row("工作单位及职务", "区委办公室 主任", "区委组织部 科长", true), rows.get(0), rows.toString());
        assertEquals(1, rows.stream().filter(ConflictRows.Row::differs).count(), rows.toString());
        assertTrue(robot.lookup("#workUnitPostField").tryQuery().isPresent(), "the form stays open with the input kept");
        assertEquals("区委办公室 主任", saved(), "never a silent overwrite");

        harness.dialogs.conflictAnswers.add(ConflictChoice.REAPPLY);
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#workUnitPostField").tryQuery().isEmpty());
        assertEquals(2, harness.dialogs.conflicts.size());
        assertEquals("区委组织部 科长", saved(), "re-applied on the newer version, as the user chose");
    }

    @Test
    void reloadingShowsTheOtherVersionAndSavesNothing(FxRobot robot) {
        openMemberAndType(robot, "区委组织部 科长");
        otherInstanceSaves("区委办公室 主任");

        harness.dialogs.conflictAnswers.add(ConflictChoice.RELOAD);
        robot.clickOn("#saveButton");
        waitUntil(() -> "区委办公室 主任".equals(robot.lookup("#workUnitPostField").queryAs(TextField.class).getText()));
        assertEquals("区委办公室 主任", saved());
        robot.clickOn("#cancelButton");                // reloaded: nothing unsaved, closes without asking
        waitUntil(() -> robot.lookup("#workUnitPostField").tryQuery().isEmpty());
    }
}
