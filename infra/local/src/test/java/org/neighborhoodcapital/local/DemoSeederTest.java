package org.neighborhoodcapital.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

class DemoSeederTest {

    @Test
    void parallelRequestsKeepTheOrderWithinAGroupAndDoEveryItem() {
        Map<Integer, List<Integer>> done = new ConcurrentHashMap<>();
        List<List<int[]>> groups = new ArrayList<>();
        for (int g = 0; g < 20; g++) {
            List<int[]> group = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                group.add(new int[] {g, i});
            }
            groups.add(group);
        }
        DemoSeeder.inParallel(groups, item -> done.computeIfAbsent(item[0], g -> Collections.synchronizedList(new ArrayList<>())).add(item[1]));

        assertEquals(20, done.size());
        done.values().forEach(order -> assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), order));
    }

    @Test
    void theFirstFailedRequestFailsTheSeeding() {
        PlatformHttp.PlatformHttpException failure = assertThrows(PlatformHttp.PlatformHttpException.class,
                () -> DemoSeeder.inParallel(List.of(List.of(1, 2), List.of(3)), item -> {
                    if (item == 3) {
                        throw new PlatformHttp.PlatformHttpException("POST /x answered 500");
                    }
                }));
        assertEquals("POST /x answered 500", failure.getMessage());
    }
}
