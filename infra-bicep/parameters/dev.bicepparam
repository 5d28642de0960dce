// Development deployment: Flex Consumption and serverless Cosmos DB.
// Set TECHROUTE_TEAMS_WEBHOOK_URL (and, for dispatcher sign-in, TECHROUTE_OVERRIDE_AUTH_CLIENT_ID)
// before `az deployment group create`. Secrets never go into this file.
using '../main.bicep'

param namePrefix = 'trdev'
param firstTenantId = 'contoso-msp'
param teamsWebhookUrl = readEnvironmentVariable('TECHROUTE_TEAMS_WEBHOOK_URL')
param size = 'small'
param overrideAuthClientId = readEnvironmentVariable('TECHROUTE_OVERRIDE_AUTH_CLIENT_ID', '')
param rebalanceSchedule = '0 */30 * * * *'
param tags = {
  application: 'techroute'
  environment: 'dev'
}
