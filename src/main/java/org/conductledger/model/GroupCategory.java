package org.conductledger.model;

/** A group category (reference data): 工作, 学习交流, 联络服务, 兴趣, 其他. */
public record GroupCategory(long id, String code, String name, int sortOrder, boolean retired) {
}
