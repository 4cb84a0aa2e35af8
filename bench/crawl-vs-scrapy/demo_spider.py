"""A hand-written Scrapy spider for the ShelfScout demo store, the baseline for bench/crawl-vs-scrapy.

It does the same work as `shelfscout run --no-prices --no-reviews`: the home page's category menu, every
listing page of every leaf category (rel=next, next links and numbered pages), and every product page, reading
the product from its JSON-LD. Unlike ShelfScout it is written for this one site (its selectors know the demo's
markup), which is the usual way Scrapy is used and the fastest case for it.
"""
import json

import scrapy


class DemoSpider(scrapy.Spider):
    name = "demo"
    custom_settings = {
        "ROBOTSTXT_OBEY": True,
        "DOWNLOAD_DELAY": 0,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "INFO",
    }

    def __init__(self, url=None, **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [url]

    def parse(self, response):
        for href in response.css('nav[aria-label="Main menu"] a::attr(href)').getall():
            if "/product-category/" in href:
                yield response.follow(href, self.parse_listing)

    def parse_listing(self, response):
        for href in response.css('main a[href*="/products/"]::attr(href)').getall():
            if "/reviews" not in href:
                yield response.follow(href, self.parse_product)
        pages = response.css('a[rel="next"]::attr(href), nav[aria-label*="agination"] a::attr(href)').getall()
        for href in pages:
            yield response.follow(href, self.parse_listing)

    def parse_product(self, response):
        for raw in response.css('script[type="application/ld+json"]::text').getall():
            try:
                data = json.loads(raw)
            except ValueError:
                continue
            if isinstance(data, dict) and data.get("@type") == "Product":
                offers = data.get("offers") or {}
                if isinstance(offers, list):
                    offers = offers[0] if offers else {}
                yield {
                    "url": response.url,
                    "name": data.get("name"),
                    "sku": data.get("sku"),
                    "gtin": data.get("gtin13") or data.get("gtin"),
                    "price": offers.get("price"),
                    "currency": offers.get("priceCurrency"),
                    "availability": offers.get("availability"),
                }
