package com.techroute.local.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void delimiterFollowsHeaderLine() {
        assertThat(SpreadsheetCsv.detectDelimiter("id;name;\"a,b,c\"\nx,y,z")).isEqualTo(';');
        assertThat(SpreadsheetCsv.detectDelimiter("id,name,\"a;b;c\"\nx;y;z")).isEqualTo(',');
    }

    @Test
    void rowsKeepTheirFirstPhysicalLine() {
        String text = "id,note\r\na,\"one\r\ntwo\r\nthree\"\r\n\r\nb,plain\r\n,\r\nc,last";

        SpreadsheetCsv csv = SpreadsheetCsv.parse("sheet.csv", text.getBytes(StandardCharsets.UTF_8));

        assertThat(csv.rows()).extracting(SpreadsheetCsv.Row::line).containsExactly(2, 6, 8);
        assertThat(csv.rows().get(0).cells()).isEqualTo(List.of("a", "one\r\ntwo\r\nthree"));
    }

    @Test
    void byteOrderMarkIsStripped() {
        byte[] bytes = "\uFEFFid;name\n1;x\n".getBytes(StandardCharsets.UTF_8);

        SpreadsheetCsv csv = SpreadsheetCsv.parse("sheet.csv", bytes);

        assertThat(csv.header()).containsExactly("id", "name");
        assertThat(csv.delimiter()).isEqualTo(';');
    }
}
