using Cmfbl.Sdk.Testing.Internal.Config;
using Cmfbl.Sdk.Testing.Internal.CustomerTrading;
using Cmfbl.Sdk.Testing.Internal.Funds;
using Cmfbl.Sdk.Testing.Internal.Messages;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>Every operation the fake implements.</summary>
internal static class Operations
{
    public static IOperation[] Create(FakeBackend backend, MarketPrices prices) =>
    [
        .. ApiKeyOperations.Create(backend),
        .. BridgeOperations.Create(backend),
        new FakeOperation(RouteFamily.ClientThirdExt, BizTypes.ServerTime, OperationAuth.Guest, _ => Outcome.Ok(UnixTime.Ms(backend.Settings.Time.GetUtcNow()))),
        new AuthOperation(backend),
        new CheckCustomerExistOperation(backend, RouteFamily.Manager),
        new AddCustomerOperation(backend),
        new CustomerPageOperation(backend),
        new CustomerDetailOperation(backend),
        new GroupListOperation(backend),
        new QueryAccountListOperation(backend),
        new WebhookSubscribeOperation(backend),

        // Products, dictionaries, currencies.
        new GetSymbolTradeTypeByCompanyIdOperation(backend),
        new GetSymbolListOperation(backend),
        new GetSymbolGroupListOperation(backend),
        new GetSymbolByCompanyIdOperation(backend),
        new GetFundByCompanyIdOperation(backend),
        new GetListByParentCodeOperation(backend),
        new GetCountryListByParentCodeOperation(backend),
        new GetAssetsListOperation(backend),
        new GetTradeTypeListOperation(backend),

        // Funds: adjustments, bonuses, transfer locks, rates.
        new AddCustomerAdjustProposalOperation(backend),
        new GetCustomerAdjustProposalByIdOperation(backend),
        new OperationBonusOperation(backend),
        new LockTradeAccountOperation(backend),
        new UnlockTradeAccountOperation(backend),
        new QueryOneLockTradeAccountOperation(backend),
        new QueryTradeTypeLockTradeAccountOperation(backend),
        new GetExchangeRateOperation(new CurrencyPrices(prices)),

        // Client API funds: the customer's deposits and withdrawals, through proposals.
        new CreateDepositProposalOperation(backend),
        new CreateWithdrawProposalOperation(backend),
        new FundProposalPageOperation(backend, withdrawal: false),
        new FundProposalPageOperation(backend, withdrawal: true),
        new QueryDepositProposalOperation(backend),
        new IsHaveUnCompleteProposalOperation(backend),

        // Trading: orders, positions, capital flow, deals.
        new CancelPendingOrdersOperation(backend),
        new ForceCloseOperation(backend, prices),
        new QueryCapitalFlowListOperation(backend),
        new QueryPositionPageOperation(backend, prices),
        new QueryAllPositionPageOperation(backend, prices),
        new GetTradeDealInfoByDealIdOperation(backend),
        new GetTradeDealInfoByOrderIdOperation(backend),

        // Messages.
        new SendInAppMessageOperation(backend),
        new QueryCodeSendStatusOperation(backend),

        // Client API.
        new LoginOperation(backend),
        new FindCustomerInfoOperation(backend),
        new CheckCustomerExistOperation(backend, RouteFamily.ClientGlobal),
        new VerifyCodeSendOperation(backend),
        new LogoutOperation(backend),
        new GetSymbolListOperation(backend, RouteFamily.ClientGlobal),
        new AppGetSymbolDetailOperation(),

        // Client API trading: the customer's own orders, positions and capital flow, over the same book.
        new AddMarketOrderOperation(backend, prices),
        new AddSpotOrderOperation(backend, prices),
        new UpdateOrderOperation(backend, prices),
        new CalculateMarketOrderOperation(backend, prices),
        new CapitalFlowOperation(backend),
        new QueryOrderPageOperation(backend),
        new TradeRecordPageOperation(backend),
        new CancelPendingOrderOperation(backend),
        new PositionPageOperation(backend, prices),
        new PositionDetailOperation(backend, prices, PositionDetailOperation.Generic),
        new PositionDetailOperation(backend, prices, PositionDetailOperation.CrossMargin),
    ];
}
